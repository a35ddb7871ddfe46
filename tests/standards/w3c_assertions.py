#!/usr/bin/env python3
"""Check a Web Annotation export against the W3C Web Annotation WG's MUST assertions.

Usage: w3c_assertions.py STANDARDS_DIR EXPORT.json
STANDARDS_DIR holds w3c/web-annotation-tests; EXPORT.json is an AnnotationCollection with its
annotations in first.items. The assertions run as the WG's harness runs them (JSONtest.js in
web-platform-tests' annotation-model/scripts), with jsonschema's Draft4Validator for its ajv.
"""
import json, os, pathlib, re, sys, warnings
from urllib.parse import urljoin

import jsonschema

warnings.simplefilter("ignore", DeprecationWarning)  # RefResolver: 4.10's API, deprecated later

ACTIONS = {"failAndContinue": "continue", "failAndSkip": "skip", "failAndAbort": "abort",
           "passAndContinue": "continue", "passAndSkip": "skip", "passAndAbort": "abort"}

# The two formats the assertions use, checked as ajv checks them by default ("fast" mode);
# jsonschema alone would skip "uri" without the optional rfc3987 package.
FORMATS = jsonschema.FormatChecker(formats=())
FORMATS.checks("uri")(lambda s: not isinstance(s, str) or bool(
    re.fullmatch(r"[a-z][a-z0-9+\-.]*:(?:/?/)?\S*", s, re.I)))
FORMATS.checks("date-time")(lambda s: not isinstance(s, str) or bool(re.fullmatch(
    r"\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?"
    r"(?:z|[+-]\d\d(?::?\d\d)?)", s, re.I)))


def load(path, **kw):
    with open(path, encoding="utf-8") as f:
        return json.load(f, **kw)


class LocalResolver(jsonschema.RefResolver):
    def resolve_remote(self, uri):  # every schema is local: never touch the network
        raise LookupError(f"$ref {uri} is not one of the local definitions")


class Suite:
    def __init__(self, root):
        # The harness gives ajv definitions/*.json under their relative "id"s ("id.json"),
        # and the assertions' "$ref"s resolve against their own relative "id"s: put them
        # all under one base URI so that the same names meet.
        self.root, self.store = root, {}
        self.base = pathlib.Path(root, "definitions").resolve().as_uri() + "/"
        for name in sorted(os.listdir(os.path.join(root, "definitions"))):
            if name.endswith(".json"):
                schema = load(os.path.join(root, "definitions", name))
                self.store[urljoin(self.base, schema.get("id", name))] = schema
                self.store[urljoin(self.base, name)] = schema

    def entry(self, item, testdir):
        """A list entry as the harness loads it: a file name (relative to the test's folder
        if it has no slash, else to the suite root), an object naming an "assertionFile"
        whose other keys override the file's, or an inline assertion object."""
        if isinstance(item, str):
            path = os.path.join(testdir if "/" not in item else self.root, item)
            return dict(load(path), assertionFile=item)
        if isinstance(item, dict) and "assertionFile" in item:
            return self.entry(item["assertionFile"], testdir) | item
        return item

    def valid(self, schema, content):
        resolver = LocalResolver(urljoin(self.base, schema.get("id", "")), schema, store=self.store)
        return jsonschema.Draft4Validator(schema, resolver=resolver,
                                          format_checker=FORMATS).is_valid(content)

    def run(self, items, testdir, content, failures, action="continue"):
        """JSONtest.runTests: return (action, results of this level's plain assertions)."""
        results = []
        for item in items:
            if isinstance(item, list):
                # Nested list: a "skip" ends within it, an "abort" ends everything (as the
                # README says; the harness code loses the abort and hands the list to ajv).
                if self.run(item, testdir, content, failures, action)[0] == "abort":
                    return "abort", results
                continue
            a = self.entry(item, testdir)
            if "compareWith" in a and isinstance(a.get("assertions"), list):
                # Condition object: "or" (else "and") of its children's results. As in the
                # harness its expectedResult is ignored, its result is not one of this
                # level's results, and its onUnexpectedResult alone sets the next action.
                sub = self.run(a["assertions"], testdir, content, failures, action)[1]
                action = self.report(a, any(sub) if a["compareWith"] == "or" else all(sub), failures)
            elif action == "abort":
                return action, results
            elif action == "continue":  # else skipped by an earlier one at this level
                results.append(self.valid(a, content) == (a.get("expectedResult", "valid") == "valid"))
                action = self.report(a, results[-1], failures)
        return action, results

    @staticmethod
    def report(a, result, failures):
        """Record an unexpected result ("passAnd..." too, as in the harness); return the
        next action (determineAction)."""
        if result:
            return "continue"
        kind = str(a.get("assertionType", "must")).lower()
        failures.append((kind if kind in ("must", "should", "may") else "must",
                         a.get("assertionFile") or a.get("title", "inline assertion"),
                         a.get("errorMessage", "Result was not " + a.get("expectedResult", "valid"))))
        return ACTIONS.get(a.get("onUnexpectedResult", "failAndContinue"), "continue")

    def test(self, testfile, content):
        """Run one .test file on content; return its failed MUST assertions."""
        test, failures = load(os.path.join(self.root, testfile)), []
        self.run(test["assertions"], os.path.dirname(os.path.join(self.root, testfile)),
                 content, failures)
        skip = test.get("skipFailures", [])  # assertion types whose failures go unreported
        return [f for f in failures if f[0] == "must" and f[0] not in skip]


def main(argv):
    if len(argv) != 3:
        print("usage: w3c_assertions.py STANDARDS_DIR EXPORT.json", file=sys.stderr)
        return 2
    root, export = argv[1], argv[2]
    if not os.path.isfile(os.path.join(root, "annotations", "annotationMusts.test")):
        print(f"error: {root} is not the W3C web-annotation-tests folder "
              "(annotations/annotationMusts.test is missing)", file=sys.stderr)
        return 2
    suite, failed = Suite(root), []
    # JSON numbers as JavaScript (the harness) sees them: 1.0 is the integer 1.
    data = load(export, parse_float=lambda s: int(float(s)) if float(s).is_integer() else float(s))
    collection = data if isinstance(data, dict) else {}  # (a non-object fails the assertions)

    def check(name, testfile, content):
        failed.extend(f"{name}: {file}: {msg}" for _, file, msg in suite.test(testfile, content))

    check(f"collection {collection.get('id', '(no id)')}", "collections/collectionMusts.test", data)
    # pageMusts.test takes "a single Annotation Page or an Annotation Collection with an
    # embedded Page" (its assertions look into "first"): we give it the collection. (Given
    # the page alone, 5.2-pageLabel/Total/First/LastValidated and 3.3.x-page*Validated reject
    # a partOf that is a plain URI string, which the WG's own Example 42 fails too.)
    if os.path.isfile(os.path.join(root, "collections", "pages", "pageMusts.test")):
        check("page (collection's first)", "collections/pages/pageMusts.test", data)
    page = collection.get("first")
    items = page.get("items") if isinstance(page, dict) else None
    if not isinstance(items, list):
        # Our own check, not the WG's: given the collection, 5.2-pageItemsValidated also
        # accepts "items" on the collection itself, but the annotations belong in first.items.
        failed.append("collection: first.items: missing, so no annotation was checked "
                      "(this script's check, not a WG assertion)")
        items = []
    annotations = [a for a in items if isinstance(a, dict)]  # (strings are references)
    for i, annotation in enumerate(annotations):
        # Embedded annotations inherit the collection's JSON-LD @context (the model's own
        # page examples omit it in items), but 3.1-annotationContextValidated wants the key
        # on the annotation itself: copy an inherited one in. An own @context is kept.
        if "@context" not in annotation and "@context" in collection:
            annotation = {"@context": collection["@context"], **annotation}
        check(f"annotation {i} {annotation.get('id', '(no id)')}",
              "annotations/annotationMusts.test", annotation)

    for line in failed:
        print(line)
    if not failed:
        m = len(load(os.path.join(root, "annotations", "annotationMusts.test"))["assertions"])
        print(f"{len(annotations)} annotations, {m} assertions each: all MUST assertions hold")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
