// Command ferretdb runs FerretDB v1 (PostgreSQL backend, or SQLite without one) as a
// MongoDB-wire server for development and tests. It embeds the library package instead of installing
// FerretDB's own command, whose binary panics at start when built with
// `go install` (missing build/version/version.txt; FerretDB issues #2982, #4889).
package main

import (
	"context"
	"flag"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on")
	internal := flag.String("internal", "127.0.0.1:0", "loopback address FerretDB itself listens on, behind the serialising front")
	dataDir := flag.String("data", "data", "directory for the SQLite databases (created if missing)")
	postgresURL := flag.String("postgresql-url", "", "PostgreSQL backend to use instead of SQLite (pushes filters and sorts down to indexes)")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fail("bad -log-level", err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	dir, err := filepath.Abs(*dataDir)
	if err != nil {
		fail("bad -data", err)
	}
	// FerretDB's SQLite handler refuses a URI whose directory does not exist.
	if err := os.MkdirAll(dir, 0o700); err != nil {
		fail("cannot create data directory", err)
	}

	front, err := net.Listen("tcp", *listen)
	if err != nil {
		fail("cannot listen", err)
	}
	backendAddr, err := freeLoopbackAddress(*internal)
	if err != nil {
		fail("cannot pick an internal address", err)
	}

	config := &ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: backendAddr},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + dir + "/",
	}
	if *postgresURL != "" {
		config.Handler = "postgresql"
		config.PostgreSQLURL = *postgresURL
	}
	db, err := ferretdb.New(config)
	if err != nil {
		fail("cannot configure FerretDB", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	serialising := &serialisingFront{backend: backendAddr, logger: logger}
	go func() {
		if err := serialising.serve(ctx, front); err != nil {
			fail("front stopped", err)
		}
	}()

	logger.Info("FerretDB listening", "front", front.Addr().String(), "internal", db.MongoDBURI(), "data", dir)
	if err := db.Run(ctx); err != nil {
		fail("FerretDB stopped", err)
	}
}

// freeLoopbackAddress resolves "host:0" to a concrete free port, so the front knows where to dial.
func freeLoopbackAddress(address string) (string, error) {
	listener, err := net.Listen("tcp", address)
	if err != nil {
		return "", err
	}
	defer listener.Close()
	return listener.Addr().String(), nil
}

func fail(what string, err error) {
	slog.Error(what, "error", err)
	os.Exit(1)
}
