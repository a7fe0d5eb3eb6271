"""A large, realistic exchange document for benchmarks (fictional data, deterministic)."""

from __future__ import annotations

import random
from typing import Any

FIRST_FA = ["محمد", "علی", "حسین", "رضا", "مریم", "فاطمه", "زهرا", "عبدالله", "محمدحسین", "سیمین"]
FIRST_EN = ["Mohammad", "Ali", "Hossein", "Reza", "Maryam", "Fatemeh", "Zahra", "Abdollah", "Mohammad-Hossein", "Simin"]
LAST_FA = ["کریمی", "رحیمی", "تهرانی", "نژاد", "صادقی", "موسوی", "حسینی", "اکبری", "یزدانی", "کاظمی"]
LAST_EN = ["Karimi", "Rahimi", "Tehrani", "Nejad", "Sadeghi", "Mousavi", "Hosseini", "Akbari", "Yazdani", "Kazemi"]
WORDS_FA = "در تابستان سال ۱۳۶۷ زندانیان سیاسی در زندان اوین و گوهردشت اعدام شدند و خانواده‌ها هرگز از محل دفن آنان آگاه نشدند".split()


def large_document(victims: int = 30_000, seed: int = 1988) -> dict[str, Any]:
    """``victims`` persons, two acts each, a testimony per three victims (1-3 KB of text), a
    source per six, all linked to one mass-execution event with 30 sub-events."""
    rng = random.Random(seed)
    places = [{"id": "pl-evin", "name": {"en": "Evin prison", "fa": "زندان اوین"}, "kind": "prison"}]
    events = [
        {
            "id": "e-1988",
            "title": {"en": "1988 mass executions", "fa": "اعدام‌های ۱۳۶۷"},
            "kind": "mass_execution",
            "start": "1988-07",
            "end": "1988-09",
            "place": "pl-evin",
        }
    ]
    events += [{"id": f"e-s{i}", "title": {"en": f"Committee session {i}"}, "kind": "committee_session",
                "start": {"calendar": "jalali", "value": f"1367-05-{i % 28 + 1:02d}"}, "parent": "e-1988"}
               for i in range(30)]  # fmt: skip
    persons, acts, testimonies, sources = [], [], [], []
    for i in range(victims):
        f, last = rng.randrange(10), rng.randrange(10)
        vid = f"v-{i}"
        persons.append({
            "id": vid,
            "name": {"fa": f"{FIRST_FA[f]} {LAST_FA[last]}", "en": f"{FIRST_EN[f]} {LAST_EN[last]} {i}"},
            "sex": rng.choice(["female", "male"]),
            "birth": f"{rng.randrange(1940, 1970)}-{rng.randrange(1, 13):02d}",
            "notes": "Fictional person for benchmarking.",
            "confidentiality": "restricted",
        })  # fmt: skip
        acts.append(
            {
                "id": f"a-{i}-1",
                "victim": vid,
                "type": "arrest",
                "date": f"{rng.randrange(1981, 1987)}",
                "place": "pl-evin",
            }
        )
        acts.append(
            {
                "id": f"a-{i}-2",
                "victim": vid,
                "type": "execution",
                "event": f"e-s{i % 30}",
                "date": {"calendar": "jalali", "value": f"1367-0{rng.randrange(5, 7)}"},
            }
        )
        if i % 3 == 0:
            text = " ".join(rng.choice(WORDS_FA) for _ in range(rng.randrange(120, 360)))
            testimonies.append(
                {
                    "id": f"t-{i}",
                    "witness": vid,
                    "about": [vid],
                    "language": "fa",
                    "text": text,
                    "consent": {"share_with": ["un"], "name_witness": False},
                }
            )
        if i % 6 == 0:
            sources.append({"id": f"s-{i}", "title": {"en": f"Family letter {i}"}, "kind": "letter", "date": "2020-10"})
    return {"format": "casefile-exchange", "version": 1, "persons": persons, "places": places,
            "events": events, "acts": acts, "testimonies": testimonies, "sources": sources}  # fmt: skip
