#!/usr/bin/env python3
"""Generates the sandbox's bundled data sets (deterministic: the same output on every run).

    enrichment.json  the companies the AI-enrichment stand-in knows (searched via the
                     `enrichcontact` MDO list), at least 200 Nordic and European firms
    demo.json        the demo companies seeded with --demo, in a compact form that
                     EntityFactory expands into full ContactEntity carriers

Run it from anywhere: python3 sandbox/data/generate.py. Names, streets and numbers are made up
from common parts; phone numbers in the UK use Ofcom's drama ranges.
"""
import json
import os
import random
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20240611)

# Business and category ids as in lists.json.
BUSINESS = {
    1: "IT", 2: "Manufacturing", 3: "Retail", 4: "Finance", 5: "Consulting", 6: "Energy",
    7: "Shipping", 8: "Healthcare", 9: "Construction", 10: "Media", 11: "Public sector",
    12: "Education", 13: "Transport", 14: "Food and beverage", 15: "Tourism",
}
CATEGORY = {1: "Customer", 2: "Prospect", 3: "Supplier", 4: "Partner", 5: "Competitor", 6: "VIP customer"}

COUNTRIES = {
    "NO": {
        "id": 578, "count": 70, "tld": "no", "legal": ["AS", "AS", "AS", "ASA"], "box": "Postboks",
        "first": ["Nord", "Fjord", "Vest", "Berg", "Lys", "Tind", "Havbris", "Sol", "Skog", "Elv",
                  "Bjørke", "Granitt", "Måke", "Polar", "Kyst", "Stein", "Midnatt", "Snø", "Furu",
                  "Bølge", "Trollheim", "Lofot", "Nordkapp", "Sjøstjerne", "Hval"],
        "second": ["Konsult", "Elektro", "Bygg", "Data", "Regnskap", "Marin", "Transport", "Energi",
                   "Design", "Mekaniske", "Eiendom", "Media", "Helse", "Fisk", "Reiseliv",
                   "Teknikk", "Rør", "Maskin", "Handel", "Rådgivning"],
        "streets": ["Storgata", "Kirkegata", "Strandkaien", "Dronningens gate", "Nedre Slottsgate",
                    "Bryggen", "Fjordveien", "Industriveien", "Sjøgata", "Parkveien", "Torggata",
                    "Kongens gate", "Havnegata", "Grensen", "Markveien"],
        "cities": [("0150", "OSLO", "22", "0102"), ("0250", "OSLO", "23", "0103"),
                   ("5003", "BERGEN", "55", "5804"), ("7010", "TRONDHEIM", "73", "7400"),
                   ("4006", "STAVANGER", "51", "4001"), ("9008", "TROMSØ", "77", "9253"),
                   ("3015", "DRAMMEN", "32", "3001"), ("4608", "KRISTIANSAND", "38", "4601"),
                   ("1606", "FREDRIKSTAD", "69", "1601"), ("6002", "ÅLESUND", "70", "6001"),
                   ("8006", "BODØ", "75", "8001"), ("2317", "HAMAR", "62", "2302")],
        "people": (["Kari", "Ola", "Ingrid", "Lars", "Silje", "Per", "Marit", "Knut", "Hanne",
                    "Erik", "Nora", "Sindre", "Tone", "Anders", "Ragnhild", "Magnus", "Sofie",
                    "Håkon", "Liv", "Eirik"],
                   ["Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
                    "Nilsen", "Kristiansen", "Berg", "Haugen", "Bakke", "Solberg", "Dahl",
                    "Lie", "Moen", "Strand", "Eide", "Lund", "Aas"]),
    },
    "SE": {
        "id": 752, "count": 45, "tld": "se", "legal": ["AB"], "box": "Box",
        "first": ["Norr", "Väst", "Sjö", "Skär", "Ljus", "Björk", "Gran", "Älv", "Fjäll", "Sol",
                  "Ek", "Lind", "Strand", "Berg", "Stjärn"],
        "second": ["konsult", "teknik", "bygg", "data", "revision", "logistik", "energi", "design",
                   "verkstad", "fastigheter", "media", "vård", "livs", "resor", "maskin"],
        "streets": ["Drottninggatan", "Kungsgatan", "Storgatan", "Sveavägen", "Hamngatan",
                    "Vasagatan", "Östra Hamngatan", "Södra Förstadsgatan", "Järnvägsgatan",
                    "Kyrkogatan"],
        "cities": [("111 52", "Stockholm", "8", "103 12"), ("411 04", "Göteborg", "31", "401 20"),
                   ("211 20", "Malmö", "40", "201 20"), ("753 20", "Uppsala", "18", "751 05"),
                   ("581 83", "Linköping", "13", "581 02"), ("702 10", "Örebro", "19", "701 41"),
                   ("901 78", "Umeå", "90", "901 05"), ("352 30", "Växjö", "470", "351 04")],
        "people": (["Anna", "Erik", "Maria", "Johan", "Karin", "Lars", "Sara", "Anders", "Emma",
                    "Mikael", "Linnea", "Oskar", "Elin", "Gustav", "Frida"],
                   ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
                    "Olsson", "Persson", "Svensson", "Gustafsson", "Lindqvist", "Berglund"]),
    },
    "DK": {
        "id": 208, "count": 30, "tld": "dk", "legal": ["A/S", "ApS"], "box": "Postboks",
        "first": ["Nord", "Vester", "Øster", "Strand", "Lys", "Skov", "Havne", "Bølge", "Sol",
                  "Kyst", "Eg", "Bøg"],
        "second": ["rådgivning", "el", "byg", "data", "revision", "shipping", "energi", "design",
                   "maskinfabrik", "ejendomme", "medie", "sundhed", "fødevarer"],
        "streets": ["Vesterbrogade", "Nørregade", "Østergade", "Havnegade", "Algade",
                    "Strandvejen", "Jernbanegade", "Søndergade", "Kongensgade"],
        "cities": [("1050", "København K", "33", "1002"), ("8000", "Aarhus C", "86", "8100"),
                   ("5000", "Odense C", "66", "5100"), ("9000", "Aalborg", "98", "9100"),
                   ("6700", "Esbjerg", "75", "6701"), ("7100", "Vejle", "75", "7100")],
        "people": (["Mette", "Jens", "Anne", "Søren", "Louise", "Mads", "Camilla", "Rasmus",
                    "Ida", "Frederik"],
                   ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen",
                    "Larsen", "Sørensen", "Rasmussen", "Madsen"]),
    },
    "FI": {
        "id": 246, "count": 25, "tld": "fi", "legal": ["Oy", "Oy", "Oyj"], "box": "PL",
        "first": ["Pohjois", "Meri", "Järvi", "Metsä", "Kivi", "Tunturi", "Revon", "Aalto",
                  "Koivu", "Saari"],
        "second": ["konsultointi", "tekniikka", "rakennus", "data", "tilintarkastus", "logistiikka",
                   "energia", "suunnittelu", "kone", "media"],
        "streets": ["Mannerheimintie", "Aleksanterinkatu", "Hämeenkatu", "Kauppakatu",
                    "Satamakatu", "Rautatienkatu", "Kirkkokatu", "Yliopistonkatu"],
        "cities": [("00100", "Helsinki", "9", "00101"), ("02150", "Espoo", "9", "02151"),
                   ("33100", "Tampere", "3", "33101"), ("20100", "Turku", "2", "20101"),
                   ("90100", "Oulu", "8", "90101"), ("40100", "Jyväskylä", "14", "40101")],
        "people": (["Aino", "Mikko", "Sanna", "Juha", "Laura", "Timo", "Emilia", "Antti",
                    "Helmi", "Ville"],
                   ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen",
                    "Laine", "Heikkinen", "Koskinen", "Järvinen"]),
    },
    "DE": {
        "id": 276, "count": 20, "tld": "de", "legal": ["GmbH", "GmbH", "AG"], "box": "Postfach",
        "first": ["Nord", "Rhein", "Alpen", "Elb", "Hansa", "Linden", "Eichen", "Sonnen",
                  "Berg", "Falken"],
        "second": ["Beratung", "Elektrotechnik", "Bau", "Daten", "Logistik", "Energie",
                   "Maschinenbau", "Medien", "Technik", "Handel"],
        "streets": ["Hauptstraße", "Friedrichstraße", "Bahnhofstraße", "Königsallee",
                    "Lindenstraße", "Schillerstraße", "Goethestraße", "Marktplatz"],
        "cities": [("10115", "Berlin", "30", "10001"), ("20095", "Hamburg", "40", "20001"),
                   ("80331", "München", "89", "80001"), ("50667", "Köln", "221", "50401"),
                   ("60311", "Frankfurt am Main", "69", "60001"), ("70173", "Stuttgart", "711", "70001")],
        "people": (["Anna", "Lukas", "Lea", "Jonas", "Julia", "Felix", "Laura", "Maximilian",
                    "Sophie", "Paul"],
                   ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
                    "Becker", "Schulz", "Hoffmann"]),
    },
    "GB": {
        "id": 826, "count": 20, "tld": "co.uk", "legal": ["Ltd", "Ltd", "plc"], "box": "PO Box",
        "first": ["Northern", "Thames", "Highland", "Pennine", "Harbour", "Oak", "Kingfisher",
                  "Granite", "Meridian", "Albion"],
        "second": ["Consulting", "Electrical", "Builders", "Data", "Accountants", "Logistics",
                   "Energy", "Design", "Engineering", "Media"],
        "streets": ["High Street", "King Street", "Church Road", "Victoria Road", "Station Road",
                    "Queen Street", "Market Street", "Mill Lane"],
        # Ofcom's ranges reserved for drama: 020 7946 0xxx, 0161 496 0xxx and so on.
        "cities": [("EC2A 4NE", "London", "20 7946 0", "EC1P 1AA"),
                   ("M1 1AE", "Manchester", "161 496 0", "M60 1AA"),
                   ("EH1 1YZ", "Edinburgh", "131 496 0", "EH1 1AA"),
                   ("BS1 4DJ", "Bristol", "117 496 0", "BS99 1AA"),
                   ("LS1 4DY", "Leeds", "113 496 0", "LS1 1AA"),
                   ("G1 1XQ", "Glasgow", "141 496 0", "G2 1AA")],
        "people": (["Oliver", "Amelia", "George", "Isla", "Harry", "Emily", "Jack", "Sophie",
                    "Thomas", "Grace"],
                   ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans",
                    "Thomas", "Roberts"]),
    },
    "NL": {
        "id": 528, "count": 12, "tld": "nl", "legal": ["B.V."], "box": "Postbus",
        "first": ["Noord", "Polder", "Duin", "Tulp", "Molen", "Haven", "Zee", "Delta"],
        "second": ["advies", "techniek", "bouw", "data", "logistiek", "energie", "media",
                   "installaties"],
        "streets": ["Damrak", "Keizersgracht", "Coolsingel", "Oudegracht", "Lange Voorhout",
                    "Kalverstraat"],
        "cities": [("1012 AB", "Amsterdam", "20", "1000 AA"), ("3011 AA", "Rotterdam", "10", "3000 AA"),
                   ("3511 AA", "Utrecht", "30", "3500 AA"), ("2511 AA", "Den Haag", "70", "2500 AA")],
        "people": (["Daan", "Emma", "Sem", "Julia", "Lucas", "Tess", "Finn", "Sanne"],
                   ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser"]),
    },
}
DIAL = {"NO": "+47", "SE": "+46", "DK": "+45", "FI": "+358", "DE": "+49", "GB": "+44", "NL": "+31"}

# Demo companies: (name, country, business id, category id, persons). Nordlys Konsulenter AS has
# exactly 20 persons for the benchmarks.
DEMO = [
    ("Nordlys Konsulenter AS", "NO", 5, 1, 20),
    ("Bjørge Lakkeri AS", "NO", 2, 1, 4),
    ("Fjordkraft Elektro AS", "NO", 6, 6, 6),
    ("Havbris Marin AS", "NO", 7, 2, 3),
    ("Tindeklatring Reiseliv AS", "NO", 15, 2, 2),
    ("Granitt Bygg ASA", "NO", 9, 1, 8),
    ("Polar Data AS", "NO", 1, 4, 5),
    ("Midnattsol Media AS", "NO", 10, 2, 1),
    ("Sjøstjerne Fisk AS", "NO", 14, 3, 3),
    ("Bergen Rør og Maskin AS", "NO", 2, 1, 7),
    ("Norrsken Teknik AB", "SE", 1, 1, 5),
    ("Skärgårdens Logistik AB", "SE", 13, 3, 4),
    ("Björkvik Fastigheter AB", "SE", 4, 2, 2),
    ("Ljusdal Vård AB", "SE", 8, 1, 6),
    ("Havnegade Rådgivning ApS", "DK", 5, 4, 3),
    ("Øresund Shipping A/S", "DK", 7, 6, 9),
    ("Bøgeskov Fødevarer A/S", "DK", 14, 1, 4),
    ("Revontuli Tekniikka Oy", "FI", 1, 2, 3),
    ("Saaristo Energia Oyj", "FI", 6, 1, 5),
    ("Rheinblick Beratung GmbH", "DE", 5, 2, 2),
    ("Hansa Maschinenbau AG", "DE", 2, 3, 6),
    ("Thames Harbour Logistics Ltd", "GB", 13, 1, 4),
    ("Kingfisher Design Ltd", "GB", 10, 5, 1),
    ("Polderwind Energie B.V.", "NL", 6, 2, 3),
    ("Lysaker Regnskap AS", "NO", 4, 1, 1),
]


def slug(name):
    text = unicodedata.normalize("NFKD", name.replace("ø", "o").replace("Ø", "O")
                                 .replace("æ", "ae").replace("Æ", "Ae").replace("å", "a")
                                 .replace("ß", "ss"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split()]
    legal = {"as", "asa", "ab", "a", "s", "aps", "oy", "oyj", "gmbh", "ag", "ltd", "plc", "b", "v"}
    words = [w for w in words if w not in legal] or ["firma"]
    return "".join(words)[:24]


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def orgnr(iso):
    while True:
        if iso == "NO":
            base = [rng.choice([8, 9])] + [rng.randint(0, 9) for _ in range(7)]
            s = sum(d * w for d, w in zip(base, [3, 2, 7, 6, 5, 4, 3, 2]))
            c = 11 - s % 11
            if c == 10:
                continue
            return "".join(map(str, base)) + str(0 if c == 11 else c)
        if iso == "SE":
            base = [5, 5, 6] + [rng.randint(0, 9) for _ in range(6)]
            total = 0
            for i, d in enumerate(base):
                v = d * (2 if i % 2 == 0 else 1)
                total += v - 9 if v > 9 else v
            check = (10 - total % 10) % 10
            s = "".join(map(str, base)) + str(check)
            return s[:6] + "-" + s[6:]
        if iso == "DK":
            base = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
            s = sum(d * w for d, w in zip(base, [2, 7, 6, 5, 4, 3, 2]))
            c = (11 - s % 11) % 11
            if c == 10:
                continue
            return "".join(map(str, base)) + str(c)
        if iso == "FI":
            base = [rng.randint(0, 9) for _ in range(7)]
            s = sum(d * w for d, w in zip(base, [7, 9, 10, 5, 8, 4, 2]))
            r = s % 11
            if r == 1:
                continue
            return "".join(map(str, base)) + "-" + str(0 if r == 0 else 11 - r)
        if iso == "DE":
            return "DE" + str(rng.randint(1, 3)) + digits(8)
        if iso == "GB":
            return "0" + digits(7)
        if iso == "NL":
            return str(rng.randint(1, 9)) + digits(7)


def phone(iso, city, mobile=False):
    dial = DIAL[iso]
    area = city[2]
    if iso == "NO":
        if mobile:
            return f"{dial} {rng.choice(['9', '4'])}{digits(2)} {digits(2)} {digits(3)}"
        return f"{dial} {area} {digits(2)} {digits(2)} {digits(2)}"
    if iso == "SE":
        if mobile:
            return f"{dial} 70 {digits(3)} {digits(2)} {digits(2)}"
        return f"{dial} {area} {digits(3)} {digits(2)} {digits(2)}"
    if iso == "DK":
        return f"{dial} {area if not mobile else rng.choice(['20', '40', '60'])} {digits(2)} {digits(2)} {digits(2)}"
    if iso == "FI":
        if mobile:
            return f"{dial} 40 {digits(3)} {digits(4)}"
        return f"{dial} {area} {digits(3)} {digits(4)}"
    if iso == "DE":
        if mobile:
            return f"{dial} 151 {digits(8)}"
        return f"{dial} {area} {digits(7)}"
    if iso == "GB":
        if mobile:
            return f"{dial} 7700 900{digits(3)}"
        return f"{dial} {area}{digits(3)}"
    if iso == "NL":
        if mobile:
            return f"{dial} 6 {digits(8)}"
        return f"{dial} {area} {digits(3)} {digits(4)}"
    raise ValueError(iso)


def stripped(number):
    return "".join(c for c in number if c.isdigit() or c == "+")


MAIL_WORDS = {"NO": ["post", "firmapost", "kontakt"], "SE": ["info", "kontakt"], "DK": ["info", "kontakt"],
              "FI": ["info", "asiakaspalvelu"], "DE": ["info", "kontakt"], "GB": ["info", "hello"],
              "NL": ["info", "contact"]}
PHONE_DESC = {"main": "Switchboard", "support": "Support", "sales": "Sales"}


def make_company(name, iso, business=None, category=None):
    c = COUNTRIES[iso]
    city = rng.choice(c["cities"])
    domain = slug(name) + "." + c["tld"]
    street = {"address1": f"{rng.choice(c['streets'])} {rng.randint(1, 120)}",
              "zipcode": city[0], "city": city[1]}
    postal = {"address1": f"{c['box']} {rng.randint(10, 9999)}", "zipcode": city[3], "city": city[1]}
    phones = [{"value": phone(iso, city), "description": PHONE_DESC["main"]}]
    if rng.random() < 0.45:
        phones.append({"value": phone(iso, city), "description": PHONE_DESC["support"]})
    emails = [{"value": f"{rng.choice(MAIL_WORDS[iso])}@{domain}", "description": ""}]
    if rng.random() < 0.4:
        emails.append({"value": f"sales@{domain}", "description": "Sales"})
    urls = [{"value": f"https://www.{domain}", "description": ""}]
    return {
        "name": name,
        "countryIso2": iso.lower(),
        "countryId": c["id"],
        "orgNr": orgnr(iso),
        "street": street,
        "postal": postal,
        "phones": phones,
        "emails": emails,
        "urls": urls,
        "domain": domain,
        "businessId": business if business else rng.choice(list(BUSINESS)),
        "categoryId": category if category else rng.choice([1, 2, 2, 3, 4]),
    }


def enrichment():
    entries = []
    seen = set()
    for iso, c in COUNTRIES.items():
        n = 0
        while n < c["count"]:
            first = rng.choice(c["first"])
            second = rng.choice(c["second"])
            joined = first + second if iso in ("SE", "DK", "FI", "NL") else f"{first} {second}"
            if iso in ("SE", "DK", "FI", "NL"):
                joined = joined[0].upper() + joined[1:]
            name = f"{joined} {rng.choice(c['legal'])}"
            if name in seen:
                continue
            seen.add(name)
            entries.append(make_company(name, iso))
            n += 1
    # Some demo companies are known to the enrichment service too, with partly newer details.
    for name, iso, business, category, _ in DEMO[:12]:
        if name in seen:
            continue
        seen.add(name)
        entries.append(make_company(name, iso, business, category))
    counters = {}
    for e in entries:
        iso = e["countryIso2"]
        counters[iso] = counters.get(iso, 0) + 1
        e["enrichId"] = f"enr-{iso}-{counters[iso]:04d}"
        e["business"] = BUSINESS[e.pop("businessId")]
        e["category"] = CATEGORY[e.pop("categoryId")]
    entries.sort(key=lambda e: e["enrichId"])
    return entries


TITLES = ["CEO", "CFO", "CTO", "Sales manager", "Account manager", "Project manager", "Consultant",
          "Senior consultant", "Accountant", "Office manager", "Developer", "Designer", "Engineer",
          "Purchasing manager", "HR advisor", "Marketing coordinator", "Support engineer",
          "Operations manager", "Team lead", "Analyst"]
TIERS = {1: "Bronze", 2: "Silver", 3: "Gold"}


def demo():
    out = []
    for index, (name, iso, business, category, persons) in enumerate(DEMO):
        company = make_company(name, iso, business, category)
        c = COUNTRIES[iso]
        city = next(x for x in c["cities"] if x[1] == company["street"]["city"])
        first_names, last_names = c["people"]
        people = []
        used = set()
        for p in range(persons):
            while True:
                first, last = rng.choice(first_names), rng.choice(last_names)
                if (first, last) not in used:
                    used.add((first, last))
                    break
            mail = f"{slug(first)}.{slug(last)}@{company['domain']}"
            people.append({
                "firstname": first, "lastname": last, "title": TITLES[p % len(TITLES)],
                "email": mail, "directPhone": phone(iso, city), "mobilePhone": phone(iso, city, True),
            })
        tier = rng.choice([0, 1, 2, 3])
        year = 2015 + index % 9
        company.update({
            "department": rng.choice(["", "", "", "Head office", "Sales"]),
            "number1": f"{10001 + index}",
            "number2": "" if index % 3 else f"ERP-{7000 + index}",
            "description": rng.choice([
                "Long-standing customer. Prefers e-mail.",
                "Met at the trade fair last spring.\nFollow up on the framework agreement.",
                "Call before noon.",
                "",
                "Invoices go to the postal address.",
            ]),
            "interests": sorted(rng.sample(range(1, 11), rng.randint(0, 4))),
            "faxes": [{"value": phone(iso, city), "description": "Fax"}] if index % 5 == 0 else [],
            "persons": people,
            "ticketPriorityId": rng.choice([0, 0, 1, 2]),
            "customerLanguageId": rng.choice([0, 1, 2]),
            "noMailing": index % 7 == 3,
            "udf": {
                "SuperOffice:1": rng.choice(["Preferred supplier", "Framework agreement", "", "Key account"]),
                "SuperOffice:2": f"[I:{tier}]",
                "SuperOffice:2:DisplayText": TIERS.get(tier, ""),
                "SuperOffice:3": f"[D:{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{year + 1}]",
                "SuperOffice:4": rng.choice(["True", "False"]),
                "SuperOffice:5": f"[F:{rng.randint(0, 500000) / 100}]",
            },
            "createdDate": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
                           f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            "updatedDate": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
                           f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        })
        company["businessId"] = business
        company["categoryId"] = category
        company.pop("countryIso2")
        company["country"] = iso
        out.append(company)
    return out


def write(name, data):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    # Demo first: the enrichment copies of demo companies must not shift the demo's numbers.
    demo_data = demo()
    enrichment_data = enrichment()
    write("demo.json", demo_data)
    write("enrichment.json", enrichment_data)
    print(f"demo.json: {len(demo_data)} companies; enrichment.json: {len(enrichment_data)} companies")
