#!/usr/bin/python3
"""Reads a podcast feed the way podcast apps do, with parsers that did not write it.

Usage: read_feed.py FEED.xml FEED-URL  -- prints one JSON object: what feedparser (the Universal Feed
Parser), podcastparser (gPodder's) and a namespace-aware XML reader (for the Podcasting 2.0 tags,
which neither of these versions reads) found.
"""
import json
import re
import sys
import uuid
import xml.etree.ElementTree as ET

import feedparser
import podcastparser

PODCAST = "https://podcastindex.org/namespace/1.0"

path = sys.argv[1]
with open(path, "rb") as f:
    raw = f.read()

fp = feedparser.parse(raw)
with open(path, "rb") as f:
    pp = podcastparser.parse("file://" + path, f)

root = ET.fromstring(raw)
channel = root.find("channel")
items = []
for item in channel.findall("item"):
    items.append({
        "guid": item.findtext("guid"),
        "chapters": [e.attrib for e in item.findall("{%s}chapters" % PODCAST)],
        "transcripts": [e.attrib for e in item.findall("{%s}transcript" % PODCAST)],
        "alternates": [dict(e.attrib, sources=[s.get("uri") for s in e.findall("{%s}source" % PODCAST)])
                       for e in item.findall("{%s}alternateEnclosure" % PODCAST)],
    })

print(json.dumps({
    "feedparser": {
        "bozo": bool(fp.bozo),
        "bozoException": str(fp.get("bozo_exception", "")),
        "title": fp.feed.get("title"),
        "entries": [{
            "id": e.get("id"),
            "title": e.get("title"),
            "published": e.get("published"),
            "duration": e.get("itunes_duration"),
            "enclosures": [{"href": x.get("href"), "length": x.get("length"), "type": x.get("type")}
                           for x in e.get("enclosures", [])],
        } for e in fp.entries],
    },
    "podcastparser": {
        "title": pp.get("title"),
        "episodes": [{
            "guid": e.get("guid"),
            "title": e.get("title"),
            "published": e.get("published"),
            "total_time": e.get("total_time"),
            "enclosures": [{"url": x.get("url"), "file_size": x.get("file_size"), "mime_type": x.get("mime_type")}
                           for x in e.get("enclosures", [])],
        } for e in pp.get("episodes", [])],
    },
    "xml": {
        "guid": channel.findtext("{%s}guid" % PODCAST),
        "locked": channel.findtext("{%s}locked" % PODCAST),
        # The Podcasting 2.0 rule, by Python's own uuid5: scheme and trailing slashes stripped.
        "expectedGuid": str(uuid.uuid5(uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6"),
                                       re.sub(r"/+$", "", re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", sys.argv[2])))),
        "items": items,
    },
}))
