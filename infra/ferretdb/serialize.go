package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"
)

// FerretDB 1.x runs `update`, `findAndModify` and `delete` as a query followed by a separate
// write, with no lock between them: two concurrent updates of one document overwrite each other
// (measured: 16 connections × 50 `$inc` kept 45 of 800). MongoDB guarantees single-document
// atomicity and ExpertNet's outbox and optimistic concurrency rely on it. This front serialises
// those read-modify-write commands and passes everything else through. A command whose every
// statement names its document by `_id` waits only for commands on the same documents (the
// services' writes nearly all do); any other waits for all of them, and they for it.

const (
	opMsg           = 2013
	flagMoreToCome  = 1 << 1
	maxMessageBytes = 48 << 20
)

var serialisedCommands = map[string]bool{"update": true, "findAndModify": true, "findandmodify": true, "delete": true}

type serialisingFront struct {
	backend string
	// Held shared by commands on named documents, exclusively by any other read-modify-write.
	writes    sync.RWMutex
	documents keyedLocks
	logger    *slog.Logger
}

func (f *serialisingFront) serve(ctx context.Context, listener net.Listener) error {
	go func() {
		<-ctx.Done()
		listener.Close()
	}()
	for {
		client, err := listener.Accept()
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		go f.relay(client)
	}
}

// relay forwards one client connection over its own backend connection (cursors stay on the
// connection that opened them). Drivers do not pipeline requests on a connection, so each
// request is followed by its reply (or replies, while the server sets moreToCome).
func (f *serialisingFront) relay(client net.Conn) {
	defer client.Close()
	backend, err := net.Dial("tcp", f.backend)
	if err != nil {
		f.logger.Error("cannot reach FerretDB", "error", err)
		return
	}
	defer backend.Close()
	for {
		request, err := readMessage(client)
		if err != nil {
			if !errors.Is(err, io.EOF) {
				f.logger.Debug("client connection ended", "error", err)
			}
			return
		}
		if err := f.roundTrip(request, client, backend); err != nil {
			f.logger.Debug("backend connection ended", "error", err)
			return
		}
	}
}

func (f *serialisingFront) roundTrip(request []byte, client, backend net.Conn) error {
	if serialisedCommands[commandName(request)] {
		if keys, named := documentKeys(request); named {
			f.writes.RLock()
			defer f.writes.RUnlock()
			defer f.documents.lock(keys)()
		} else {
			f.writes.Lock()
			defer f.writes.Unlock()
		}
	}
	if _, err := backend.Write(request); err != nil {
		return err
	}
	if moreToCome(request) {
		return nil // the client expects no reply
	}
	for {
		reply, err := readMessage(backend)
		if err != nil {
			return err
		}
		if _, err := client.Write(reply); err != nil {
			return err
		}
		if !moreToCome(reply) {
			return nil
		}
	}
}

// readMessage reads one wire-protocol message: a little-endian int32 length (itself included).
func readMessage(conn net.Conn) ([]byte, error) {
	var header [4]byte
	if _, err := io.ReadFull(conn, header[:]); err != nil {
		return nil, err
	}
	length := int(binary.LittleEndian.Uint32(header[:]))
	if length < 16 || length > maxMessageBytes {
		return nil, fmt.Errorf("bad message length %d", length)
	}
	message := make([]byte, length)
	copy(message, header[:])
	_, err := io.ReadFull(conn, message[4:])
	return message, err
}

func isOpMsg(message []byte) bool {
	return len(message) >= 21 && binary.LittleEndian.Uint32(message[12:16]) == opMsg
}

func moreToCome(message []byte) bool {
	return isOpMsg(message) && binary.LittleEndian.Uint32(message[16:20])&flagMoreToCome != 0
}

// commandName is the first key of an OP_MSG body section (kind 0): the command, e.g. "update".
func commandName(message []byte) string {
	// header (16) + flagBits (4) + section kind (1) + document length (4) + element type (1)
	const nameOffset = 16 + 4 + 1 + 4 + 1
	if !isOpMsg(message) || message[20] != 0 || len(message) <= nameOffset {
		return ""
	}
	name := message[nameOffset:]
	end := bytes.IndexByte(name, 0)
	if end < 0 {
		return ""
	}
	return string(name[:end])
}
