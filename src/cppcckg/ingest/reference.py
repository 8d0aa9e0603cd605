"""The canonical entities of data/reference/*.yaml: bodies, places, topics, programmes.

Loaded and checked once per build: unknown classes, dangling keys and aliases that point
at two entities are errors naming the file and the entry, because a silent mistake here
would misattribute facts everywhere downstream.

Longer than 400 lines because loading, deriving and checking are one pass over the same
entities: the committees every place implies and the full names local committees go by are made
between reading the files and checking their aliases, which must see them; a module for each would
hand the half-built reference back and forth.
"""

from __future__ import annotations

from dataclasses import dataclass, replace, field
from pathlib import Path
from typing import Any, Iterable

from cppcckg import resources
from cppcckg.errors import ReferenceDataError
from cppcckg.ingest.shortname import short_name
from cppcckg.ingest.terms import session_fields, term_calendar
from cppcckg.ingest.textnorm import normalise
from cppcckg.ingest.yamlio import load_yaml

BODY_CLASSES = frozenset({
    "NationalCommittee", "ProvincialCommittee", "MunicipalCommittee", "CountyCommittee",
    "StandingCommittee", "ChairpersonsCouncil", "PlenarySession", "SpecialCommittee",
    "WorkingOrgan", "PartyGroup", "SubPartyGroup", "MembersPartyBranch", "PartyBranch",
    "DemocraticParty", "PeoplesOrganisation", "Sector", "MemberGroup", "PartyCommittee",
    "GovernmentBody", "PeoplesCongress", "ExternalOrgan",
})
CPPCC_CLASSES = frozenset({"NationalCommittee", "ProvincialCommittee", "MunicipalCommittee", "CountyCommittee"})
PLACE_CLASSES = frozenset({"Country", "Province", "PrefectureCity", "District", "County", "Place"})
FILES = {"bodies": "bodies.yaml", "places": "places.yaml", "topics": "topics.yaml", "programmes": "programmes.yaml",
         "sessions": "sessions.yaml"}
_ALLOWED = {
    "bodies": {"key", "name_zh", "name_en", "class", "aliases", "local_aliases", "parent", "seat", "jurisdiction",
               "members", "note", "definite", "name_short", "term_calendar"},
    "places": {"key", "name_zh", "name_en", "class", "aliases", "parent", "province", "lat", "lon", "note"},
    "topics": {"key", "name_zh", "name_en", "aliases", "broader", "note"},
    "programmes": {"key", "name_zh", "name_en", "aliases", "organizer", "participants", "period", "topics", "note"},
    "sessions": {"key", "name_zh", "name_en", "aliases", "committee", "term", "session", "date", "note"},
}


def default_reference_dir() -> Path:
    """The reference data shipped with the project (data/reference/)."""
    return resources.reference_dir()


@dataclass(frozen=True)
class Entity:
    """One canonical entity. `kind` is body, collective, place, topic, programme or session."""

    key: str
    kind: str
    name_zh: str
    name_en: str
    cls: str
    aliases: tuple[str, ...] = ()
    local_aliases: tuple[str, ...] = ()
    parent: str | None = None
    seat: str | None = None  # bodies: where it sits (its headquarters' place)
    jurisdiction: str | None = None  # bodies: the area its remit covers, when not its seat (national: china)
    members: tuple[str, ...] = ()
    province: str | None = None
    lat: float | None = None
    lon: float | None = None
    broader: str | None = None
    organizer: str | None = None
    participants: tuple[str, ...] = ()
    period: tuple[int, int] | None = None
    topics: tuple[str, ...] = ()
    definite: bool = True  # a collective that means all its members (川渝政协), not some (区县政协)
    name_short: str = ""  # bodies: the form reports use (沙坪坝区政协), see ingest.shortname
    ordinals: tuple[int, int] | None = None  # sessions: (term, session), e.g. (5, 4) for 五届四次会议
    date: str | None = None  # sessions: when it met (YYYY-MM or YYYY-MM-DD), if the reference knows
    term_calendar: tuple[int, int] | None = None  # CPPCC committees: (term, the year it first sat), see terms.py

    @property
    def area(self) -> str | None:
        """The administrative area a body's remit covers: its stated jurisdiction, else its seat
        (a local body's jurisdiction is where it sits; the National Committee sits in Beijing
        but answers for China)."""
        return self.jurisdiction or self.seat


@dataclass
class Reference:
    """All reference entities by key, with the look-ups the extractor and builder need."""

    entities: dict[str, Entity] = field(default_factory=dict)
    directory: Path | None = None
    stop_forms: tuple[str, ...] = ()  # strings that contain a name but are not one (歌乐山 ⊃ 乐山)
    _areas: dict[str, Entity] | None = field(default=None, repr=False, compare=False)
    _provinces: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)
    _member_groups: dict[str, str] | None = field(default=None, repr=False, compare=False)

    @property
    def measures_file(self) -> Path | None:
        """This folder's measures.yaml (the measure table for statistics), None if it has none
        (then the project's own is used). ``--reference DIR`` means DIR's table, not the
        project's: the extraction cache hashes every YAML file of DIR."""
        if self.directory is not None and (self.directory / "measures.yaml").is_file():
            return self.directory / "measures.yaml"
        return None

    def get(self, key: str) -> Entity | None:
        return self.entities.get(key)

    def of_kind(self, *kinds: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind in kinds]

    def home_place(self, key: str | None) -> str | None:
        """The area a body answers for (:attr:`Entity.area`), or its nearest ancestor's; for a
        collective, the place all its members share (the province they share when theirs
        differ). Local names (市政协) are resolved by it."""
        seen: set[str] = set()
        while key and key not in seen:
            seen.add(key)
            entity = self.entities.get(key)
            if entity is None:
                return None
            if entity.kind == "collective":
                homes = {self.home_place(m) for m in entity.members if m not in seen}
                if len(homes) == 1:
                    return homes.pop()
                provinces = {self.province_of(h) for h in homes if h}
                return provinces.pop() if len(provinces) == 1 and None not in homes else None
            if entity.area:
                return entity.area
            key = entity.parent
        return None

    def province_of(self, key: str | None) -> str | None:
        """The province-level place a body (or place) lies in, if known (memoised: the
        reference does not change once loaded)."""
        if key is None:
            return None
        if key not in self._provinces:
            self._provinces[key] = self._find_province(key)
        return self._provinces[key]

    def _find_province(self, key: str) -> str | None:
        entity = self.entities.get(key)
        if entity is None:
            return None
        place_key = key if entity.kind == "place" else self.home_place(key)
        place = self.entities.get(place_key) if place_key else None
        if place is None:
            return None
        return place.province or (place.key if place.cls == "Province" else None)

    def cppcc_of(self, place: str) -> Entity | None:
        """The CPPCC committee whose jurisdiction is `place` (the first listed where two share
        it): 北京's is Beijing's municipal committee, not the National Committee seated there."""
        if self._areas is None:  # built once, on first use
            self._areas = {}
            for e in self.entities.values():
                if e.kind == "body" and e.cls in CPPCC_CLASSES and e.area:
                    self._areas.setdefault(e.area, e)
        return self._areas.get(place)

    cppcc_seated_in = cppcc_of  # the name the extractor uses

    def members_group(self, committee: str) -> str | None:
        """The key of a committee's plain members' group (政协重庆市委员会委员), if listed."""
        if self._member_groups is None:  # built once, on first use: the reference is large
            groups = [(o.key, e.key) for e in self.entities.values() if e.cls == "MemberGroup" and (
                o := self.entities.get(e.parent or "")) and o.cls in CPPCC_CLASSES and e.name_zh == o.name_zh + "委员"]
            self._member_groups = dict(reversed(groups))  # (the first listed, where a committee has two)
        return self._member_groups.get(committee)

    def members_of(self, key: str) -> tuple[str, ...]:
        """A collective's member bodies (none for an indefinite one: 区县政协 means some of
        them, so it names no actor); a body stands for itself."""
        entity = self.entities.get(key)
        if entity is not None and entity.kind == "collective":
            return entity.members if entity.definite else ()
        return (key,)

    def organs_taken_together(self, key: str) -> str | None:
        """The committee whose special committees the indefinite collective `key` is (市政协相关专委会):
        they run their own work, as one actor; None for any other body."""
        entity = self.entities.get(key)
        if entity is None or entity.kind != "collective" or entity.definite:
            return None
        members = [self.entities.get(k) for k in entity.members]
        parents = {m.parent for m in members if m is not None and m.cls == "SpecialCommittee"}
        return parents.pop() if members and len(parents) == 1 and all(m is not None and m.cls == "SpecialCommittee"
                                                                        for m in members) else None


def load_reference(directory: Path | None = None) -> Reference:
    """Load and check every reference file of `directory` (default: the project's data/reference)."""
    directory = Path(directory) if directory else default_reference_dir()
    if not directory.is_dir():
        raise ReferenceDataError(f"{directory}: reference folder not found; pass --reference DIR")
    ref = Reference(directory=directory)
    sources: dict[str, str] = {}
    for kind, filename in FILES.items():
        path = directory / filename
        if not path.is_file():
            if kind == "bodies":
                raise ReferenceDataError(f"{path}: missing; the reference needs at least bodies.yaml")
            continue
        for index, item in enumerate(_read_list(path), 1):
            entity = _entity(kind, item, path, index)
            if entity.key in ref.entities:
                raise ReferenceDataError(
                    f"{path}: key {entity.key!r} (entry {index}) is already used in {sources[entity.key]}; keys must be unique"
                )
            ref.entities[entity.key] = entity
            sources[entity.key] = str(path.name)
    stop_path = directory / "stopforms.yaml"
    if stop_path.is_file():
        ref.stop_forms = tuple(_read_stop_forms(stop_path))
    _check_links(ref, sources)
    for entity in _place_committees(ref):
        ref.entities[entity.key] = entity
        sources[entity.key] = "places.yaml (the CPPCC of a place)"
    for entity in _with_place_full_names(ref):
        ref.entities[entity.key] = entity
    _check_aliases(ref, sources)
    return ref


#: Local CPPCCs a place of this class has, with the class of the committee and its local form.
_COMMITTEE_OF_PLACE = {
    "PrefectureCity": ("MunicipalCommittee", "市政协"),
    "District": ("CountyCommittee", "区政协"),
    "County": ("CountyCommittee", "县政协"),
}


def _place_committees(ref: Reference) -> list[Entity]:
    """The CPPCC of every city, district and county the reference lists but has no committee for: every
    such place has one, so 邻水县政协 is a body seated in 邻水县 (and so in Sichuan) even when bodies.yaml
    does not list it. Names and aliases taken by another entity are left out: a hand-written entry wins."""
    seated = {e.area for e in ref.entities.values() if e.kind == "body" and e.cls in CPPCC_CLASSES and e.area}
    taken = {normalise(n) for e in ref.entities.values() for n in (e.name_zh, *e.aliases)}
    provincial = {e.area: e.key for e in ref.entities.values() if e.cls == "ProvincialCommittee" and e.area}
    out: list[Entity] = []
    for place in sorted((e for e in ref.entities.values() if e.kind == "place"), key=lambda e: e.key):
        if place.cls not in _COMMITTEE_OF_PLACE or place.key in seated:
            continue
        cls, local = _COMMITTEE_OF_PLACE[place.cls]  # (a county-level city's 市政协, an autonomous prefecture's 州政协:)
        local = place.name_zh[-1] + "政协" if place.name_zh.endswith("市") and place.cls == "County" or "自治州" in place.name_zh else local
        parent_place = ref.entities.get(place.parent) if place.parent else None
        parent = next((e.key for e in ref.entities.values() if e.kind == "body" and e.cls in CPPCC_CLASSES and parent_place
                       is not None and e.area == parent_place.key), None) or provincial.get(place.province or "")
        # a city's district goes by 政协内江市东兴区委员会 (政协东兴区委员会 an alias)
        city = parent_place.name_zh if place.cls == "District" and parent_place and parent_place.cls == "PrefectureCity" else ""
        city = "" if place.name_zh.startswith(city) else city  # (乐山市市中区 names its city)
        name, extra = f"政协{city}{place.name_zh}委员会", [f"政协{place.name_zh}委员会"] if city else []
        extra += [f"政协{a}委员会" for a in place.aliases if len(a) >= 3 and a[-1] in "市州县区"]  # (政协阿坝州委员会: its pages' form)
        aliases = [a for a in dict.fromkeys([f"{place.name_zh}政协", *(f"{a}政协" for a in place.aliases if len(a) >= 2), *extra])
                   if normalise(a) not in taken]
        if normalise(name) in taken or not aliases:
            continue
        taken.update(normalise(a) for a in (name, *aliases))
        out.append(Entity(key=f"cppcc-{place.key}", kind="body", name_zh=name, name_short=short_name(name),
                          name_en=f"{place.name_en} Committee of the Chinese People's Political Consultative Conference",
                          cls=cls, aliases=tuple(aliases), local_aliases=(local,), parent=parent, seat=place.key))
    return out


def _with_place_full_names(ref: Reference) -> list[Entity]:
    """Local committees listed by hand, each given the full name its own pages use without the
    city (政协巫溪县委员会 for 政协重庆市巫溪县委员会) where no other entity goes by it."""
    taken = {normalise(n) for e in ref.entities.values() for n in (e.name_zh, *e.aliases)}
    out: list[Entity] = []
    for entity in ref.entities.values():
        if entity.cls not in ("CountyCommittee", "MunicipalCommittee") or not entity.seat:
            continue
        place = ref.entities.get(entity.seat)
        name = f"政协{place.name_zh}委员会" if place is not None and place.kind == "place" else ""
        if not name or normalise(name) in taken:
            continue
        taken.add(normalise(name))
        out.append(replace(entity, aliases=(*entity.aliases, name)))
    return out


def _read_stop_forms(path: Path) -> list[str]:
    data = load_yaml(path, ReferenceDataError, "stop forms")
    if data is None:
        return []
    if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
        raise ReferenceDataError(f"{path}: must be a YAML list of strings")
    return data


def _read_list(path: Path) -> list[dict[str, Any]]:
    data = load_yaml(path, ReferenceDataError, "reference data")
    if data is None:
        return []
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        raise ReferenceDataError(f"{path}: must be a YAML list of mappings (- key: ...)")
    return data


def _strs(value: Any, path: Path, key: str, field_name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise ReferenceDataError(f"{path}: {key}: {field_name} must be a list of strings")
    return tuple(str(v) for v in value)


def _entity(kind: str, item: dict[str, Any], path: Path, index: int) -> Entity:
    key = item.get("key")
    if not isinstance(key, str) or not key or not all(c.isalnum() and c.isascii() or c == "-" for c in key):
        raise ReferenceDataError(f"{path}: entry {index} needs a key of lower-case letters, digits and '-'")
    unknown = sorted(set(item) - _ALLOWED[kind])
    if unknown:
        raise ReferenceDataError(f"{path}: {key}: unknown field(s) {', '.join(unknown)}")
    for required in ("name_zh", "name_en"):
        if not isinstance(item.get(required), str) or not item[required].strip():
            raise ReferenceDataError(f"{path}: {key}: {required} is required")
    cls = item.get("class")
    entity_kind = kind.rstrip("s") if kind != "bodies" else "body"
    if kind == "bodies":
        if cls == "Collective":
            entity_kind = "collective"
            if not item.get("members"):
                raise ReferenceDataError(f"{path}: {key}: a Collective needs members")
        elif cls not in BODY_CLASSES:
            raise ReferenceDataError(f"{path}: {key}: unknown class {cls!r}; use one of {', '.join(sorted(BODY_CLASSES))} or Collective")
    elif kind == "places":
        if cls not in PLACE_CLASSES:
            raise ReferenceDataError(f"{path}: {key}: unknown class {cls!r}; use one of {', '.join(sorted(PLACE_CLASSES))}")
    else:
        cls = {"topics": "Topic", "programmes": "Programme", "sessions": "Session"}[kind]
    period = item.get("period")
    span = None
    if isinstance(period, dict) and "start" in period:
        span = (int(period["start"]), int(period.get("end", period["start"])))
    lat, lon = item.get("lat"), item.get("lon")
    if lat is not None and not (-90 <= float(lat) <= 90 and -180 <= float(lon or 0) <= 180):
        raise ReferenceDataError(f"{path}: {key}: coordinates out of range")
    return Entity(
        key=key, kind=entity_kind,
        name_zh=item["name_zh"].strip(),
        name_en=item["name_en"].strip(),
        cls=str(cls),
        aliases=_strs(item.get("aliases"), path, key, "aliases"),
        local_aliases=_strs(item.get("local_aliases"), path, key, "local_aliases"),
        parent=item.get("committee") if kind == "sessions" else item.get("parent"),
        seat=item.get("seat"),
        jurisdiction=item.get("jurisdiction"),
        members=_strs(item.get("members"), path, key, "members"),
        province=item.get("province"),
        lat=float(lat) if lat is not None else None,
        lon=float(lon) if lon is not None else None,
        broader=item.get("broader"),
        organizer=item.get("organizer"),
        participants=_strs(item.get("participants"), path, key, "participants"),
        period=span,
        topics=_strs(item.get("topics"), path, key, "topics"),
        definite=bool(item.get("definite", True)),
        name_short=_short(item, path, key) if kind == "bodies" else "",
        **(session_fields(item, path, key) if kind == "sessions" else {}),
        term_calendar=term_calendar(item, path, key) if kind == "bodies" else None,
    )


def _short(item: dict[str, Any], path: Path, key: str) -> str:
    """A body's stated ``name_short``, else the one the rule of ingest.shortname derives."""
    value = item.get("name_short")
    if value is None:
        return short_name(item["name_zh"])
    if not isinstance(value, str) or not value.strip():
        raise ReferenceDataError(f"{path}: {key}: name_short must be a non-empty string (or left out to derive it)")
    return value.strip()


def _check_links(ref: Reference, sources: dict[str, str]) -> None:
    def need(owner: Entity, field_name: str, keys: Iterable[str | None], kinds: set[str]) -> None:
        for k in keys:
            if k is None:
                continue
            target = ref.entities.get(k)
            if target is None or target.kind not in kinds:
                raise ReferenceDataError(
                    f"{sources[owner.key]}: {owner.key}: {field_name} {k!r} does not exist "
                    f"(as {'/'.join(sorted(kinds))}); add it or fix the key"
                )

    for e in ref.entities.values():
        if e.kind in ("body", "collective"):
            need(e, "parent", [e.parent], {"body"})
            need(e, "seat", [e.seat], {"place"})
            need(e, "jurisdiction", [e.jurisdiction], {"place"})
            need(e, "members", e.members, {"body", "collective"})
        elif e.kind == "place":
            need(e, "parent", [e.parent], {"place"})
            need(e, "province", [e.province], {"place"})
        elif e.kind == "topic":
            need(e, "broader", [e.broader], {"topic"})
        elif e.kind == "session":
            need(e, "committee", [e.parent], {"body"})
            if ref.entities[e.parent or ""].cls not in CPPCC_CLASSES:
                raise ReferenceDataError(f"{sources[e.key]}: {e.key}: committee {e.parent!r} is no CPPCC committee")
        elif e.kind == "programme":
            need(e, "organizer", [e.organizer], {"body", "collective"})
            need(e, "participants", e.participants, {"body", "collective"})
            need(e, "topics", e.topics, {"topic"})
    for e in ref.entities.values():  # parent chains must end
        seen: set[str] = set()
        k: str | None = e.key
        while k:
            if k in seen:
                raise ReferenceDataError(f"{sources[e.key]}: {e.key}: parent chain loops back to {k!r}")
            seen.add(k)
            k = ref.entities[k].parent if k in ref.entities else None


def _check_aliases(ref: Reference, sources: dict[str, str]) -> None:
    owner: dict[str, str] = {}
    for e in ref.entities.values():
        for name in {e.name_zh, *e.aliases}:
            form = normalise(name)
            other = owner.get(form)
            if other is not None and other != e.key:
                raise ReferenceDataError(
                    f"{sources[e.key]}: {e.key}: alias {name!r} also names {other!r} ({sources[other]}); "
                    "an alias must point at one entity (use local_aliases for context-dependent forms)"
                )
            owner[form] = e.key
