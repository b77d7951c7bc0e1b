package main

import (
	"encoding/binary"
	"sort"
	"sync"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/bsontype"
)

const flagChecksumPresent = 1 << 0

// documentKeys names the documents a read-modify-write command changes: database, collection and
// `_id` of each statement, sorted. named is false unless every statement's filter is an `_id`
// equality on a plain value (a filter by anything else may reach any document).
func documentKeys(message []byte) (keys []string, named bool) {
	body, sequences, ok := opMsgSections(message)
	if !ok {
		return nil, false
	}
	first, err := body.IndexErr(0)
	if err != nil {
		return nil, false
	}
	collection, ok := first.Value().StringValueOK()
	database, okDB := body.Lookup("$db").StringValueOK()
	if !ok || !okDB {
		return nil, false
	}
	var filters []bson.Raw
	switch first.Key() {
	case "findAndModify", "findandmodify":
		query, ok := body.Lookup("query").DocumentOK()
		if !ok {
			return nil, false
		}
		filters = []bson.Raw{query}
	case "update", "delete":
		statements := sequences[first.Key()+"s"]
		if array, ok := body.Lookup(first.Key() + "s").ArrayOK(); ok {
			values, err := array.Values()
			if err != nil {
				return nil, false
			}
			for _, value := range values {
				statement, ok := value.DocumentOK()
				if !ok {
					return nil, false
				}
				statements = append(statements, statement)
			}
		}
		for _, statement := range statements {
			filter, ok := statement.Lookup("q").DocumentOK()
			if !ok {
				return nil, false
			}
			filters = append(filters, filter)
		}
	}
	if len(filters) == 0 {
		return nil, false
	}
	for _, filter := range filters {
		id, err := filter.LookupErr("_id")
		if err != nil || !plainValue(id.Type) {
			return nil, false
		}
		keys = append(keys, database+"\x00"+collection+"\x00"+string(id.Type)+string(id.Value))
	}
	sort.Strings(keys)
	return keys, true
}

// plainValue: an `_id` of this type is matched by equality (a document may hold operators).
func plainValue(t bsontype.Type) bool {
	switch t {
	case bsontype.String, bsontype.ObjectID, bsontype.Int32, bsontype.Int64, bsontype.Double,
		bsontype.Binary, bsontype.DateTime, bsontype.Boolean:
		return true
	}
	return false
}

// opMsgSections splits an OP_MSG into its body (kind 0) and its document sequences (kind 1),
// in which drivers may send the statements of a bulk write.
func opMsgSections(message []byte) (bson.Raw, map[string][]bson.Raw, bool) {
	if !isOpMsg(message) {
		return nil, nil, false
	}
	end := len(message)
	if binary.LittleEndian.Uint32(message[16:20])&flagChecksumPresent != 0 {
		end -= 4
	}
	var body bson.Raw
	sequences := map[string][]bson.Raw{}
	for at := 20; at < end; {
		kind := message[at]
		at++
		if at+4 > end {
			return nil, nil, false
		}
		size := int(binary.LittleEndian.Uint32(message[at : at+4]))
		if size < 5 || at+size > end {
			return nil, nil, false
		}
		switch kind {
		case 0:
			body = bson.Raw(message[at : at+size])
		case 1:
			section := message[at+4 : at+size]
			nameEnd := 0
			for nameEnd < len(section) && section[nameEnd] != 0 {
				nameEnd++
			}
			if nameEnd == len(section) {
				return nil, nil, false
			}
			name := string(section[:nameEnd])
			for rest := section[nameEnd+1:]; len(rest) > 0; {
				if len(rest) < 4 {
					return nil, nil, false
				}
				length := int(binary.LittleEndian.Uint32(rest[:4]))
				if length < 5 || length > len(rest) {
					return nil, nil, false
				}
				sequences[name] = append(sequences[name], bson.Raw(rest[:length]))
				rest = rest[length:]
			}
		default:
			return nil, nil, false
		}
		at += size
	}
	return body, sequences, body != nil
}

// keyedLocks is one mutex per key, alive while someone holds or waits for it.
type keyedLocks struct {
	guard sync.Mutex
	held  map[string]*keyedLock
}

type keyedLock struct {
	sync.Mutex
	key   string
	users int
}

// lock takes every key's mutex in the order given (sorted, so two commands never deadlock) and
// returns the function that releases them.
func (l *keyedLocks) lock(keys []string) func() {
	taken := make([]*keyedLock, 0, len(keys))
	for i, key := range keys {
		if i > 0 && key == keys[i-1] {
			continue
		}
		l.guard.Lock()
		if l.held == nil {
			l.held = map[string]*keyedLock{}
		}
		entry := l.held[key]
		if entry == nil {
			entry = &keyedLock{key: key}
			l.held[key] = entry
		}
		entry.users++
		l.guard.Unlock()
		entry.Lock()
		taken = append(taken, entry)
	}
	return func() {
		for _, entry := range taken {
			entry.Unlock()
			l.guard.Lock()
			entry.users--
			if entry.users == 0 {
				delete(l.held, entry.key)
			}
			l.guard.Unlock()
		}
	}
}
