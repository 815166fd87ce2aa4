#!/usr/bin/env python3
"""Writes the seed corpora in fuzz/corpus/<target>/ from the test fixtures (tests/data), the real
captures in the shared seeds (SaveContactEntity.md, EnrichContactEntity.md) and the sandbox's data.
Run from anywhere: python3 fuzz/seedcorpus.py [--seeds DIR]. Files are named by their content's
hash, so running it again adds nothing twice; inputs libFuzzer found worth keeping can be copied
into the same folders."""

import argparse
import hashlib
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"
MAX = 64 * 1024


def write(target, data):
    if isinstance(data, str):
        data = data.encode()
    if len(data) > MAX:
        return
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def walk(value):
    """Every (key, value) pair in a JSON tree."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield k, v
            yield from walk(v)
    elif isinstance(value, list):
        for v in value:
            yield from walk(v)


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default="/work/shared/seeds")
    args = parser.parse_args()

    documents = []
    for path in sorted((ROOT / "tests" / "data").glob("*.json")):
        documents.append(json.loads(path.read_text()))
    seeds = pathlib.Path(args.seeds)
    for md in sorted(seeds.glob("*.md")) if seeds.is_dir() else []:
        for block in re.findall(r"```json\n(.*?)```", md.read_text(), re.S):
            try:
                documents.append(json.loads(block))
            except json.JSONDecodeError:
                pass
    demo = json.loads((ROOT / "sandbox" / "data" / "demo.json").read_text())
    documents.extend(demo[:6])

    entities = []
    for doc in documents:
        if isinstance(doc, dict):
            inner = doc.get("ContactEntity") or doc.get("contactEntity")
            entities.append(inner if isinstance(inner, dict) else doc)
    for entity in entities:
        write("contactentity", json.dumps(entity, ensure_ascii=False, indent=1))
    for text in ['{}', '{"contactId":1,"name":"a","NAME":"b"}', '{"ContactId":1e26}',
                 '{"ContactId":-5,"Description":"\\u202eevil\\u0000"}', '[]', 'null', '""',
                 '{"Persons":[{"PersonId":1,"Firstname":"A"}],"Address":{"LocalizedAddress":[[]]}}']:
        write("contactentity", text)

    customs, dates, masks, addresses, carriers = set(), set(), set(), [], []
    for doc in documents:
        for key, value in walk(doc):
            if key in ("UserDefinedFields", "ExtraFields", "CustomFields") and isinstance(value, dict):
                customs.update(v for v in value.values() if isinstance(v, str))
            if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value):
                dates.add(value)
            if key in ("Mask", "FieldRight") and isinstance(value, (str, int)):
                masks.add(compact(value))
            if key in ("Address", "PostalAddress", "StreetAddress") and isinstance(value, dict):
                addresses.append(value)
            if isinstance(value, dict) and ("TableRight" in value or "FieldProperties" in value):
                carriers.append(value)
    customs.update(["[I:12]", "[I:]", "[F:1.5]", "[F:-1e308]", "[D:12/31/2013]",
                    "[D:05/05/1999 00:00:00.0000000]", "[DT:12/31/2013 23:59:59.0000000]",
                    "[DT:2019-09-11]", "[DT:2019-09-11T10:00:00+02:00]", "True", "False", "",
                    "[X:y]", "[I:9223372036854775807]", "[DT:01/01/0001 00:00:00.0000000]"])
    for i, wire in enumerate(sorted(customs)):
        # The first byte picks the type and bucket: spread them over the seeds.
        for selector in (i % 12, 0x10 + (i * 5) % 12, 0x20 + (i * 7) % 12):
            write("customfield", bytes([selector]) + wire.encode())
    dates.update(["0001-01-01T00:00:00", "2019-09-17T14:45:05.0533582+02:00", "2020-02-29",
                  "2013-06-06 14:45", "2021-03-28T02:30:00", "1999-12-31T23:59:59Z", " ", "",
                  "2024-01-01T00:00:00-0500", "9999-12-31T23:59:59.9999999+14:00"])
    for d in dates:
        write("entitydate", d)
    masks.update(['"Update, UIHintMandatory"', '"FULL"', '"RI"', '7', '"Read|Write 32"', '-1',
                  '"uru, f"', '"None"'])
    for m in masks:
        write("rightmask", m)
        write("rightmask", json.loads(m) if m.startswith('"') else m)
    for c in carriers[:20]:
        write("rightmask", compact(c))
    for a in addresses[:30]:
        write("address", json.dumps(a, ensure_ascii=False, indent=1))
    write("address", '{"LocalizedAddress":[[{"Name":"StreetAddress1","Value":"a","Label":"SR_AL_STREET"}]]}')
    write("address", '{"Street":{"Address1":"a","Zipcode":"1"},"Postal":{"City":"b"}}')

    # Drafts: base, working, history, state, kind and logged edits, at "\n--\n" lines.
    sep = "\n--\n"
    base = entities[0] if entities else {"ContactId": 1, "Name": "A"}
    working = dict(base, Name="Changed")
    set_name = {"k": "setMember", "p": "Name", "b": base.get("Name", ""), "a": "Changed"}
    history = {"steps": [{"text": "Change Name", "edits": [set_name]}], "index": 1, "clean": 0}
    write("draft", sep.join([compact(base), compact(working), compact(history), "editing", "contact"]))
    write("draft", sep.join([compact(base), compact(base), "", "queued", "contact",
                             compact(set_name)]))
    write("draft", sep.join([compact(base), compact(base), "", "conflict", "contact",
                             compact({"k": "insertElement", "p": "Emails", "f": 0,
                                      "a": {"Value": "a@b.c"}}),
                             compact({"k": "moveElement", "p": "Emails", "f": 0, "t": 1}),
                             compact({"k": "remove", "p": "Emails", "f": 0})]))
    write("draft", sep.join(["{", "{}", "{}", "failed", "person"]))
    person = {"PersonId": 3, "Firstname": "A", "Lastname": "B", "Emails": []}
    write("draft", sep.join([compact(person), compact(dict(person, Firstname="C")), "", "editing",
                             "person", compact({"k": "set", "p": "Firstname", "v": "C"})]))

    for f in ["name begins 'Nordlys'", "orgnr eq '123' and name contains 'a''b'", "", "name eq ''",
              "department ne 'x' and contactid eq '5'", "name begins 'unterminated"]:
        write("odatafilter", f)

    def request(method, path, body=None, headers=()):
        head = "\n".join([f"{method} {path}"] + [f"{k}: {v}" for k, v in headers])
        text = head + ("\n\n" + body if body is not None else "")
        write("sandboxrequest", text)

    entity = compact(entities[0]) if entities else "{}"
    json_type = [("Content-Type", "application/json")]
    request("GET", "/api/v1")
    request("GET", "/api")
    request("POST", "/api/v1/Agents/Contact/CreateDefaultContactEntity", "", json_type)
    request("POST", "/api/v1/Agents/Contact/GetContactEntity?contactEntityId=1", "null", json_type)
    request("POST", "/api/v1/Agents/Contact/GetContactEntity", '{"contactEntityId":2}', json_type)
    request("POST", "/Cust12345/api/v1/Agents/Contact/GetContactEntity?$select=Name",
            '{"ContactEntityId":"3"}', json_type)
    request("POST", "/api/v1/Agents/Contact/SaveContactEntity", '{"ContactEntity":' + entity + "}",
            json_type)
    request("POST", "/api/v1/Agents/Contact/SaveContactEntity", entity, json_type)
    request("POST", "/api/v1/Agents/Contact/ValidateContactEntity", '{"ContactEntity":' + entity + "}",
            json_type)
    request("POST", "/api/v1/Agents/Contact/EnrichContactEntity",
            '{"ContactEntity":' + entity + ',"EnrichId":"1"}', json_type)
    request("POST", "/api/v1/Agents/Contact/GetPreviewEnrichContact", '{"EnrichId":"1"}', json_type)
    request("POST", "/api/v1/Agents/Contact/GetDuplicates", '{"ContactEntity":' + entity + "}",
            json_type)
    request("POST", "/api/v1/Agents/Contact/GetAddressByCountry", '{"CountryId":578}', json_type)
    request("POST", "/api/v1/Agents/Contact/ChangeCountry",
            '{"ContactEntity":' + entity + ',"CountryId":752}', json_type)
    request("POST", "/api/v1/Agents/Person/CreateDefaultPersonEntity", "", json_type)
    request("POST", "/api/v1/Agents/Person/GetPersonEntity", '{"personEntityId":1}', json_type)
    request("POST", "/api/v1/Agents/Person/SavePersonEntity",
            '{"PersonEntity":{"PersonId":0,"Firstname":"A","Contact":{"ContactId":1}}}', json_type)
    request("POST", "/api/v1/Agents/Person/DeletePersonEntity", '{"PersonEntityId":1}', json_type)
    request("POST", "/api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList",
            '{"UDefType":7}', json_type)
    request("GET", "/api/v1/Contact?$filter=name%20begins%20'a%26b'&$select=name,orgnr&$top=5")
    request("GET", "/api/v1/Contact?$filter=orgnr%20eq%20'123'&$orderBy=name&$skip=1")
    request("GET", "/api/v1/Contact/1")
    request("PUT", "/api/v1/Contact/1", entity, json_type)
    request("GET", "/api/v1/Contact/default")
    request("GET", "/api/v1/Contact/UdefLayout/Published")
    request("GET", "/api/v1/Contact/CustomField")
    request("GET", "/api/v1/Person/1")
    request("GET", "/api/v1/Person/default")
    request("GET", "/api/v1/User/currentPrincipal")
    request("GET", "/api/v1/MDOList/business?flat=true")
    request("GET", "/api/v1/MDOList/country")
    request("POST", "/api/v1/Agents/Contact/GetContactEntity", "<xml/>",
            [("Content-Type", "text/xml")])
    request("POST", "/api/v1/Agents/Contact/GetContactEntity", '{"contactEntityId":1}',
            [("Authorization", "SOTicket 7T:viewer-ticket"), ("Accept-Language", "nb")])
    request("GET", "/login/.well-known/openid-configuration")
    request("GET", "/login/common/oauth/authorize?client_id=x&redirect_uri=http://127.0.0.1:1/&"
                   "response_type=code&scope=openid&state=s&code_challenge=abc&"
                   "code_challenge_method=S256")
    request("POST", "/login/common/oauth/tokens",
            "grant_type=authorization_code&code=x&client_id=x&code_verifier=y",
            [("Content-Type", "application/x-www-form-urlencoded")])
    request("GET", "/api/state/Cust12345")


if __name__ == "__main__":
    main()
