// Compiles the contracts with the pinned solc-js through the standard-JSON
// interface and writes <Name>.abi and <Name>.bin for each deployable
// contract, and <Name>.layout.json for the contracts whose storage is read
// through proofs. Usage: node compile.js <artifacts-dir> [<layout.go>]
// With a second argument it also writes the Go package contracts/layout
// (slot positions from the storage layouts; build.sh gofmts it).
// Reproducible: fixed optimizer runs and EVM version, no metadata hash, and
// source unit names relative to contracts/ (never absolute paths).
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = __dirname;
const outDir = process.argv[2];
const layoutGo = process.argv[3];
if (!outDir) {
  console.error('usage: node compile.js <artifacts-dir>');
  process.exit(2);
}

// Contracts whose storage nodes read through proofs (chain/verified): their
// solc storage layout is written as <Name>.layout.json, from which
// build.sh generates contracts/layout.
const layouts = new Set(['SecretsController', 'ClusterRegistry', 'MemberReports']);

// Deployable contracts: source unit => contract names.
const targets = {
  'src/SecretsController.sol': ['SecretsController'],
  'src/ClusterRegistry.sol': ['ClusterRegistry'],
  'src/MemberReports.sol': ['MemberReports'],
  'src/TestToken.sol': ['TestToken'],
  'src/RewardsPool.sol': ['RewardsPool'],
  'src/Slasher.sol': ['Slasher'],
  'src/governance/StakeVotes.sol': ['StakeVotes'],
  'src/governance/CiferTimelock.sol': ['CiferTimelock'],
  'src/governance/CiferGovernor.sol': ['CiferGovernor'],
  'src/test/ElectionHarness.sol': ['ElectionHarness'],
  'src/test/AllowAllAuthority.sol': ['AllowAllAuthority'],
  'src/test/ReentrantClaimer.sol': ['ReentrantClaimer'],
};

const sources = {};
for (const unit of Object.keys(targets)) {
  sources[unit] = { content: fs.readFileSync(path.join(root, unit), 'utf8') };
}

// Imports resolve relative to contracts/ first, then to node_modules/.
function findImports(unit) {
  for (const base of [root, path.join(root, 'node_modules')]) {
    const p = path.join(base, unit);
    if (p.startsWith(base + path.sep) && fs.existsSync(p)) {
      return { contents: fs.readFileSync(p, 'utf8') };
    }
  }
  return { error: 'import not found: ' + unit };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'storageLayout'] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  if (e.severity === 'error') failed = true;
  console.error(e.formattedMessage);
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
const goLayouts = [];
for (const [unit, names] of Object.entries(targets)) {
  for (const name of names) {
    const c = output.contracts[unit][name];
    fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(c.abi, null, 2) + '\n');
    fs.writeFileSync(path.join(outDir, name + '.bin'), c.evm.bytecode.object + '\n');
    if (layouts.has(name)) {
      // Only what slot positions depend on: labels, slots, offsets, types
      // (the AST ids solc puts in type names are dropped, so the file
      // changes only when the layout does).
      const strip = (t) => t.replace(/(t_(?:contract|struct|enum)\([A-Za-z0-9_]+\))\d+/g, '$1');
      const types = {};
      for (const [k, v] of Object.entries(c.storageLayout.types || {})) {
        const e = { encoding: v.encoding, label: v.label, numberOfBytes: v.numberOfBytes };
        if (v.members) e.members = v.members.map((m) => ({ label: m.label, offset: m.offset, slot: m.slot, type: strip(m.type) }));
        if (v.key) e.key = strip(v.key);
        if (v.value) e.value = strip(v.value);
        if (v.base) e.base = strip(v.base);
        types[strip(k)] = e;
      }
      const storage = c.storageLayout.storage.map((s) => ({ label: s.label, offset: s.offset, slot: s.slot, type: strip(s.type) }));
      fs.writeFileSync(path.join(outDir, name + '.layout.json'), JSON.stringify({ storage, types }, null, 2) + '\n');
      goLayouts.push({ name, storage, types });
    }
  }
}
if (layoutGo) {
  fs.mkdirSync(path.dirname(layoutGo), { recursive: true });
  fs.writeFileSync(layoutGo, goLayoutSource(goLayouts));
}
console.error('compiled with solc ' + solc.version());

// goLayoutSource renders the layouts as Go maps: per contract its state
// variables, and per struct type it uses its members (slots relative to
// the struct's first slot).
function goLayoutSource(list) {
  const q = (v) => JSON.stringify(v);
  const entry = (v, types) => {
    const t = types[v.type] || {};
    return `\t${q(v.label)}: {Slot: ${v.slot}, Offset: ${v.offset}, Bytes: ${t.numberOfBytes || 0}, Type: ${q(v.type)}},\n`;
  };
  let src = '// Code generated by contracts/compile.js from solc\'s storage layouts; DO NOT EDIT.\n\n';
  src += '// Package layout gives the storage positions of the contracts\' state\n';
  src += '// variables as solc laid them out, so nodes can read them through storage\n';
  src += '// proofs (eth_getProof) instead of trusting an eth_call answer.\n';
  src += 'package layout\n\n';
  src += '// Var is a state variable or a struct member: its slot (for a member,\n';
  src += '// counted from the struct\'s first slot), its byte offset within the slot\n';
  src += '// counted from the low-order end, its size in bytes (32 for a mapping,\n';
  src += '// string or dynamic array: the slot that roots it) and its solc type.\n';
  src += 'type Var struct {\n\tSlot   uint64\n\tOffset uint8\n\tBytes  uint16\n\tType   string\n}\n';
  for (const l of list) {
    src += `\n// ${l.name} is ${l.name}'s state variables by name.\n`;
    src += `var ${l.name} = map[string]Var{\n`;
    for (const v of l.storage) src += entry(v, l.types);
    src += '}\n';
    for (const [k, t] of Object.entries(l.types).sort()) {
      const m = /^t_struct\(([A-Za-z0-9_]+)\)_storage$/.exec(k);
      if (!m || !t.members) continue;
      src += `\n// ${l.name}${m[1]} is the members of ${l.name}'s struct ${m[1]} by name.\n`;
      src += `var ${l.name}${m[1]} = map[string]Var{\n`;
      for (const v of t.members) src += entry(v, l.types);
      src += '}\n';
    }
  }
  return src;
}
