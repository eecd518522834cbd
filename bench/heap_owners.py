#!/usr/bin/env python3
"""What a heap dump keeps, and who keeps it: shallow bytes by class, then by class and owner chain.

Usage: bench/heap_owners.py DUMP.hprof [ROWS]

Take the dump at the point of interest, e.g. at the end of a cold validation with its result still referenced
(`HotSpotDiagnosticMXBean.dumpHeap(file, true)` after `new Validator().validate(...)`, or
`jcmd PID GC.heap_dump FILE` near the end of a Maven run). Sizes are estimated for compressed references
(12-byte headers, 4-byte references, 8-byte alignment), as `jcmd PID GC.class_histogram` prints them. The owner
of an object is the first object found referring to it (a shared object is counted once, under one owner);
references from static fields and GC roots show as ROOT. Arrays, strings, collection nodes and Jackson text nodes
are followed three steps up, other classes one. Pure Python, no dependencies: about a minute for 1 M objects.
"""
import collections
import struct
import sys

FOLLOW = {
    "[B", "[I", "[Ljava.lang.Object;", "java.lang.String", "java.util.ArrayList", "java.util.HashMap$Node",
    "java.util.concurrent.ConcurrentHashMap$Node", "com.fasterxml.jackson.databind.node.TextNode",
}
# bytes a value takes in the dump (ids are 8 bytes) and on a heap with compressed references
DUMP = {2: 8, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
HEAP = {2: 4, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
PRIMITIVE_ARRAY = {4: "[Z", 5: "[C", 6: "[F", 7: "[D", 8: "[B", 9: "[S", 10: "[I", 11: "[J"}
# sizes of the GC root sub-records after their tag
ROOTS = {0xFF: 8, 0x01: 16, 0x02: 16, 0x03: 16, 0x04: 12, 0x05: 8, 0x06: 12, 0x07: 8, 0x08: 16}


def aligned(n):
    return (n + 7) // 8 * 8


def main():
    f = open(sys.argv[1], "rb").read()
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    p = f.index(b"\0") + 1
    if struct.unpack(">I", f[p:p + 4])[0] != 8:
        sys.exit("only dumps with 8-byte ids are read")
    p += 12

    def rid(q):
        return struct.unpack(">Q", f[q:q + 8])[0]

    def u4(q):
        return struct.unpack(">I", f[q:q + 4])[0]

    def u2(q):
        return struct.unpack(">H", f[q:q + 2])[0]

    names, class_names, classes, objects, instances = {}, {}, {}, {}, []
    while p < len(f):
        tag, length = f[p], u4(p + 5)
        body, p = p + 9, p + 9 + length
        if tag == 0x01:
            names[rid(body)] = f[body + 8:body + length].decode("utf8", "replace")
        elif tag == 0x02:
            class_names[rid(body + 4)] = names.get(rid(body + 16), "?").replace("/", ".")
        elif tag in (0x0C, 0x1C):
            q = body
            while q < p:
                sub = f[q]
                q += 1
                if sub in ROOTS:
                    q += ROOTS[sub]
                elif sub == 0x20:  # class dump: constant pool and statics skipped, instance fields kept
                    cid, parent = rid(q), rid(q + 12)
                    q += 64
                    n = u2(q)
                    q += 2
                    for _ in range(n):
                        q += 3 + DUMP[f[q + 2]]
                    n = u2(q)
                    q += 2
                    for _ in range(n):
                        q += 9 + DUMP[f[q + 8]]
                    n = u2(q)
                    q += 2
                    fields = []
                    for _ in range(n):
                        fields.append((names.get(rid(q), "?"), f[q + 8]))
                        q += 9
                    classes[cid] = (parent, fields)
                elif sub == 0x21:
                    instances.append((rid(q), rid(q + 12), q + 24))
                    q += 24 + u4(q + 20)
                elif sub == 0x22:
                    oid, n, cid = rid(q), u4(q + 12), rid(q + 16)
                    kids = [(rid(q + 24 + 8 * i), "[]") for i in range(n)]
                    objects[oid] = (class_names.get(cid, "?"), aligned(16 + 4 * n), kids)
                    q += 24 + 8 * n
                elif sub == 0x23:
                    oid, n, t = rid(q), u4(q + 12), f[q + 16]
                    objects[oid] = (PRIMITIVE_ARRAY[t], aligned(16 + HEAP[t] * n), [])
                    q += 17 + DUMP[t] * n
                else:
                    sys.exit("unknown heap dump record %x" % sub)

    layouts = {}

    def layout(cid):
        if cid not in layouts:
            out, c = [], cid
            while c in classes:
                parent, fields = classes[c]
                out.extend(fields)
                c = parent
            layouts[cid] = out
        return layouts[cid]

    for oid, cid, q in instances:
        kids, size = [], 12
        for name, t in layout(cid):
            if t == 2:
                v = rid(q)
                if v:
                    kids.append((v, name))
            size += HEAP[t]
            q += DUMP[t]
        objects[oid] = (class_names.get(cid, "?"), aligned(size), kids)

    owner_of = {}
    for oid, (_, _, kids) in objects.items():
        for kid, field in kids:
            owner_of.setdefault(kid, (oid, field))

    def owners(oid, steps):
        chain = []
        for _ in range(steps):
            found = owner_of.get(oid)
            if found is None:
                chain.append("ROOT")
                break
            oid, field = found
            chain.append(objects[oid][0].split(".")[-1] + "." + field)
        return " <- ".join(chain)

    by_class, by_owner, count = collections.Counter(), collections.Counter(), collections.Counter()
    for oid, (name, size, _) in objects.items():
        by_class[name] += size
        key = name + " <- " + owners(oid, 3 if name in FOLLOW else 1)
        by_owner[key] += size
        count[key] += 1
    print("objects %d, shallow bytes %d" % (len(objects), sum(by_class.values())))
    for name, size in by_class.most_common(25):
        print("%12d  %s" % (size, name))
    print("--- by owner (bytes, objects, class <- owner chain)")
    for key, size in by_owner.most_common(rows):
        print("%12d %8d  %s" % (size, count[key], key))


if __name__ == "__main__":
    main()
