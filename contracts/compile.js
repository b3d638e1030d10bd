// Compiles the contracts with the pinned solc-js through the standard-JSON
// interface and writes <Name>.abi and <Name>.bin for each deployable
// contract. Usage: node compile.js <artifacts-dir>
// Reproducible: fixed optimizer runs and EVM version, no metadata hash, and
// source unit names relative to contracts/ (never absolute paths).
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = __dirname;
const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node compile.js <artifacts-dir>');
  process.exit(2);
}

// Deployable contracts: source unit => contract names.
const targets = {
  'src/SecretsController.sol': ['SecretsController'],
  'src/ClusterRegistry.sol': ['ClusterRegistry'],
  'src/TestToken.sol': ['TestToken'],
  'src/Slasher.sol': ['Slasher'],
  'src/governance/StakeVotes.sol': ['StakeVotes'],
  'src/governance/CiferTimelock.sol': ['CiferTimelock'],
  'src/governance/CiferGovernor.sol': ['CiferGovernor'],
  'src/test/ElectionHarness.sol': ['ElectionHarness'],
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
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
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
for (const [unit, names] of Object.entries(targets)) {
  for (const name of names) {
    const c = output.contracts[unit][name];
    fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(c.abi, null, 2) + '\n');
    fs.writeFileSync(path.join(outDir, name + '.bin'), c.evm.bytecode.object + '\n');
  }
}
console.error('compiled with solc ' + solc.version());
