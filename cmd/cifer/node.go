package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/cifer-network/cifer/node"
)

func init() {
	register(&command{
		name:    "node init",
		summary: "create a node's data dir: config, peer key, sealed enclave keys",
		run:     runNodeInit,
	})
	register(&command{
		name:    "node run",
		summary: "run a node (custodian always; Black Box while elected)",
		run:     runNodeRun,
	})
}

func runNodeInit(_ context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "node init")
	dataDir := fs.String("data-dir", "", "data directory to create (required)")
	network := fs.String("network", "cifer-local", "network name")
	deployment := fs.String("deployment", "", "deployment JSON from 'cifer contracts deploy' (default: DATA-DIR/deployment.json)")
	backend := fs.String("backend", "sim", "enclave backend: sgx, or sim (testnets only)")
	platformKey := fs.String("sim-platform-key", "", "sim only: the testnet platform key file")
	listen := fs.String("listen", "", "comma-separated p2p listen multiaddrs (default: 127.0.0.1, any port)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dataDir == "" || fs.NArg() > 0 {
		return fmt.Errorf("%w: --data-dir is required and no arguments are taken", errUsage)
	}
	cfg := node.DefaultConfig(*dataDir)
	cfg.Network = *network
	if *deployment != "" {
		cfg.Deployment = *deployment
	}
	cfg.Enclave.Backend = *backend
	cfg.Enclave.SimPlatformKeyFile = *platformKey
	if *listen != "" {
		cfg.P2P.Listen = strings.Split(*listen, ",")
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	path := filepath.Join(*dataDir, "config.toml")
	if err := os.MkdirAll(*dataDir, 0o700); err != nil {
		return err
	}
	if err := node.WriteConfig(path, cfg); err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s exists: this data dir is already initialised (edit the file, or choose another --data-dir)", path)
		}
		return err
	}
	id, err := node.Init(cfg, env.log)
	if err != nil {
		os.Remove(path)
		return err
	}
	fmt.Fprintf(env.stdout, "node initialised in %s\nconfig: %s\n\nregister this node with 'cifer stake register --data-dir %s ...':\n", *dataDir, path, *dataDir)
	b, _ := json.MarshalIndent(id, "", "  ")
	fmt.Fprintf(env.stdout, "%s\n", b)
	return nil
}

func runNodeRun(ctx context.Context, env *cliEnv, args []string) error {
	fs := newFlagSet(env, "node run")
	cfgPath := fs.String("config", "", "config file (default: DATA-DIR/config.toml)")
	dataDir := fs.String("data-dir", "", "data directory (used to find config.toml when --config is not given)")
	logLevel := fs.String("log-level", "", "override log.level")
	listen := fs.String("listen", "", "override p2p.listen (comma-separated multiaddrs)")
	bootstrap := fs.String("bootstrap", "", "override p2p.bootstrap (comma-separated multiaddrs with /p2p/<id>)")
	apiAddr := fs.String("api", "", "override http.api (host:port; \"off\" disables)")
	metricsAddr := fs.String("metrics", "", "override http.metrics (host:port; \"off\" disables)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %v", errUsage, fs.Args())
	}
	if *cfgPath == "" {
		if *dataDir == "" {
			return fmt.Errorf("%w: give --config FILE or --data-dir DIR", errUsage)
		}
		*cfgPath = filepath.Join(*dataDir, "config.toml")
	}
	cfg, err := node.LoadConfig(*cfgPath, os.Environ())
	if err != nil {
		return err
	}
	// Flags override the file and the environment.
	if *logLevel != "" {
		cfg.Log.Level = *logLevel
	}
	if *listen != "" {
		cfg.P2P.Listen = strings.Split(*listen, ",")
	}
	if *bootstrap != "" {
		cfg.P2P.Bootstrap = strings.Split(*bootstrap, ",")
	}
	for _, o := range []struct {
		flag string
		dst  *string
	}{{*apiAddr, &cfg.HTTP.API}, {*metricsAddr, &cfg.HTTP.Metrics}} {
		switch o.flag {
		case "":
		case "off":
			*o.dst = ""
		default:
			*o.dst = o.flag
		}
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	log := newNodeLogger(env, cfg.Log)
	n, err := node.Start(ctx, cfg, log)
	if err != nil {
		return err
	}
	var runErr error
	select {
	case <-ctx.Done():
		log.Info("stopping")
	case runErr = <-n.Err():
	}
	return errors.Join(runErr, n.Close())
}

func newNodeLogger(env *cliEnv, c node.LogConfig) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(c.Level))
	opts := &slog.HandlerOptions{Level: level}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(env.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(env.stderr, opts))
}
