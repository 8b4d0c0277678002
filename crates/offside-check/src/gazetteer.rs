//! Phrase look-up built once from the store: team names, aliases, nicknames
//! and adjectives; scorers by full name and surname; competitions; places.
//!
//! Building the tables takes longer than checking an article, so for the
//! store compiled into the binary they are built by `build.rs` (which
//! includes this file) and read in place from the bytes [`encode`] wrote:
//! start-up then costs nothing. A store loaded from a folder gets the same
//! tables built and encoded at run time.

use offside_data::{CompetitionId, PlayerId, Store, TeamId};
use offside_text::normalize_phrase;
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// One reading of a phrase while the tables are built; [`reading`] weighs
/// a phrase's readings into the one a look-up returns.
#[derive(Clone, Debug, PartialEq)]
enum Entry {
    /// A team by name, alias or nickname.
    Team(TeamId),
    /// "English", "French": a team, but only as a weaker cue.
    TeamAdjective(TeamId),
    /// A scorer by full name or a spelling variant.
    Player(PlayerId),
    /// A surname (or single name) several scorers may share.
    Surname(Vec<PlayerId>),
    Competition(CompetitionId),
    /// A stadium, city or country where matches were played.
    Place,
}

/// Words that are names in the data but ordinary English far more often.
const COMMON_WORDS: &[&str] = &[
    "can",
    "us",
    "man",
    "will",
    "may",
    "cup",
    "euro",
    "euros",
    "final",
    "the",
    "a",
    "an",
    "and",
    "of",
    "in",
    "on",
    "at",
    "for",
    "to",
    "by",
    "his",
    "her",
    "he",
    "she",
    "it",
    "they",
    "them",
    "their",
    "this",
    "that",
    "who",
    "was",
    "is",
    "be",
    "had",
    "has",
    "have",
    "not",
    "but",
    "all",
    "one",
    "two",
    "three",
    "after",
    "before",
    "first",
    "second",
    "third",
    "last",
    "next",
    "then",
    "with",
    "from",
    "over",
    "under",
    "up",
    "down",
    "out",
    "off",
    "as",
    "so",
    "just",
    "only",
    "also",
    "still",
    "more",
    "most",
    "said",
    "says",
    "told",
    "game",
    "games",
    "goal",
    "goals",
    "match",
    "team",
    "side",
    "group",
    "round",
    "penalty",
    "penalties",
    "spot",
    "lead",
    "win",
    "won",
    "draw",
    "drew",
    "lost",
    "loss",
    "beat",
    "victory",
    "defeat",
    "time",
    "half",
    "minute",
    "minutes",
    "hat",
    "trick",
    "brace",
    "head",
    "header",
    "ball",
    "net",
    "bar",
    "post",
    "cross",
    "corner",
    "free",
    "kick",
    "shot",
    "save",
    "saved",
    "keeper",
    "captain",
    "coach",
    "manager",
    "world",
    "nations",
    "african",
    "asian",
    "america",
    "american",
    "south",
    "north",
    "west",
    "east",
    "new",
    "great",
    "good",
    "best",
    "young",
    "king",
    "rose",
    "hand",
    "long",
    "small",
    "little",
    "lucky",
    "hope",
    "grace",
    "joy",
    "noble",
    "power",
    "bell",
    "fox",
    "wood",
    "stone",
    "white",
    "black",
    "green",
    "brown",
    "gray",
    "grey",
    "reading",
    "march",
    "april",
    "june",
    "july",
    "august",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "national",
    "international",
    "stadium",
    "city",
    "park",
    "club",
    "fans",
    "supporters",
    "players",
    "player",
    "star",
    "stars",
    "boss",
    "hosts",
    "host",
    "holders",
    "champions",
    "champion",
    "title",
    "trophy",
    "record",
    "history",
    "day",
    "night",
    "week",
    "year",
    "years",
    "season",
    "tournament",
    "competition",
    "qualifier",
    "qualifiers",
    "friendly",
    "silva",
    "santos",
    "junior",
    "jr",
    "costa",
    "rica",
    "cape",
    "verde",
    "leone",
    "sierra",
    "lanka",
    "sri",
    "korea",
    "arabia",
    "saudi",
    "zealand",
    "ireland",
    "africa",
    "republic",
    "islands",
    "island",
    "united",
    "states",
    "kingdom",
    "emirates",
    "bosnia",
    "herzegovina",
    "macedonia",
    "coast",
    "ivory",
    "dr",
    "congo",
    "san",
    "marino",
    "de",
    "da",
    "do",
    "dos",
    "van",
    "von",
    "der",
    "di",
    "del",
    "la",
    "le",
    "el",
    "al",
    "bin",
    "ben",
    "ibn",
    "mac",
    "mc",
    "st",
    "victor",
    "angel",
    "christian",
    "grace",
    "joy",
];

/// Words that say "a stadium" rather than which one.
const GROUND_WORDS: &[&str] = &[
    "stadium",
    "estadio",
    "stade",
    "stadion",
    "stadio",
    "arena",
    "do",
    "da",
    "de",
    "del",
    "the",
    "national",
    "park",
    "ground",
    "municipal",
    "olympic",
    "olimpico",
    "international",
    "field",
];

/// The tables as built, before [`encode`] lays them out for look-up.
struct Tables {
    map: FxHashMap<String, Vec<Entry>>,
    max_words: usize,
}

fn common_words() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| COMMON_WORDS.iter().copied().collect())
}

pub(crate) fn is_common(key: &str) -> bool {
    common_words().contains(key)
}

impl Tables {
    /// Built from the store's name indexes, whose keys are already in normal
    /// form (the same form tokens take), so nothing is normalised twice.
    fn build(store: &Store) -> Self {
        let mut g = Tables {
            map: FxHashMap::default(),
            max_words: 1,
        };
        g.map.reserve(40_000);
        for (key, ids) in store.team_name_keys() {
            if is_common(key) {
                continue;
            }
            for t in ids {
                g.insert(key.to_string(), Entry::Team(*t));
            }
        }
        for t in &store.teams {
            // "U.S." is "us" as a token but "u s" as a name key.
            for a in t
                .aliases
                .iter()
                .chain(&t.nicknames)
                .filter(|a| a.contains('.'))
            {
                g.add(a, Entry::Team(t.id));
            }
            for a in &t.adjectives {
                g.add(a, Entry::TeamAdjective(t.id));
                // teams.tsv leaves out plurals made with -s ("Americans",
                // "Italians"); "Dutch", "Swiss" and "Danes" have none or are
                // listed.
                if !a.ends_with(['s', 'h', 'x', 'z']) {
                    g.add(&format!("{a}s"), Entry::TeamAdjective(t.id));
                }
            }
        }
        for (key, ids) in store.competition_name_keys() {
            for c in ids {
                g.insert(key.to_string(), Entry::Competition(*c));
            }
        }
        // Squad players who never scored, by full name only: a surname alone
        // is too often someone else ("Hosseini", "Franco").
        for p in store.squad_only_players() {
            let key = offside_data::names::normalize(&p.name);
            if key.contains(' ') && g.get(&key).is_none() {
                g.insert(key, Entry::Player(p.id));
            }
        }
        let mut surnames: FxHashMap<&str, Vec<PlayerId>> = FxHashMap::default();
        for (key, ids) in store.player_name_keys() {
            if is_common(key) {
                continue;
            }
            let words = key.split(' ').count();
            if words == 1 && ids.len() == 1 && store.player(ids[0]).name.contains(' ') {
                // A unique surname the store indexed: the surname pass below covers it.
                continue;
            }
            for p in ids {
                g.insert(key.to_string(), Entry::Player(*p));
            }
            // The surname, and for particles ("Di María", "van Dijk") the last two words.
            if words > 1 {
                let mut cut = key.len();
                for _ in 0..2.min(words - 1) {
                    let Some(sp) = key[..cut].rfind(' ') else {
                        break;
                    };
                    cut = sp;
                    let tail = &key[sp + 1..];
                    if !is_common(tail) {
                        let slot = surnames.entry(tail).or_default();
                        for p in ids {
                            if !slot.contains(p) {
                                slot.push(*p);
                            }
                        }
                    }
                }
            }
        }
        // A surname that is also a one-name player ("Platini" of Cape Verde
        // and Michel Platini) lists them all: the context picks.
        for (k, ids) in surnames {
            if !g
                .map
                .get(k)
                .is_some_and(|e| e.iter().any(|e| matches!(e, Entry::Team(_))))
            {
                g.insert(k.to_string(), Entry::Surname(ids));
            }
        }
        let mut places: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
        for m in store.matches.iter().filter(|m| m.edition.is_some()) {
            if let Some(ground) = &m.ground {
                for part in ground.split(',') {
                    places.insert(part.split(" (").next().unwrap_or(part).trim());
                }
            }
            places.insert(&m.city);
            places.insert(&m.country);
            // "Miami" for "Miami Gardens".
            if let Some((first, _)) = m.city.split_once(' ') {
                if first.len() >= 5 {
                    places.insert(first);
                }
            }
        }
        let mut sorted: Vec<&str> = places.into_iter().collect();
        sorted.sort_unstable();
        for part in sorted {
            g.add_place(part);
            // "Luzhniki" for "Luzhniki Stadium", "Maracana" for "Estádio do Maracanã".
            let key = normalize_phrase(part);
            let core: Vec<&str> = key
                .split(' ')
                .filter(|w| !GROUND_WORDS.contains(w))
                .collect();
            if !core.is_empty() && core.len() < key.split(' ').count() {
                let core = core.join(" ");
                if core.len() >= 5 {
                    g.add_place(&core);
                }
            }
        }
        g
    }

    fn add(&mut self, phrase: &str, e: Entry) {
        let key = normalize_phrase(phrase);
        if key.is_empty()
            || (COMMON_WORDS.contains(&key.as_str()) && !matches!(e, Entry::Competition(_)))
        {
            return;
        }
        self.insert(key, e);
    }

    fn add_place(&mut self, phrase: &str) {
        let key = normalize_phrase(phrase);
        if key.len() < 3 || is_common(&key) {
            return;
        }
        if !self
            .map
            .get(&key)
            .is_some_and(|v| v.contains(&Entry::Place))
        {
            self.insert(key, Entry::Place);
        }
    }

    fn insert(&mut self, key: String, e: Entry) {
        self.max_words = self.max_words.max(key.split(' ').count());
        let slot = self.map.entry(key).or_default();
        if !slot.contains(&e) {
            slot.push(e);
        }
    }

    fn get(&self, key: &str) -> Option<&[Entry]> {
        self.map.get(key).map(Vec::as_slice)
    }
}

/// What a phrase names, its readings weighed: teams beat players, players
/// beat places ("Senegal" the team, not a surname), and a competition beats
/// all.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reading<'g> {
    Competition(CompetitionId),
    Team(TeamId),
    /// Candidates, full-name matches first.
    Players(Players<'g>),
    /// "English", "French": a team, but only as a weaker cue.
    TeamAdjective(TeamId),
    /// A stadium, city or country where matches were played.
    Place,
}

/// Player ids as the encoded tables hold them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Players<'g>(&'g [u8]);

impl Players<'_> {
    pub fn iter(&self) -> impl Iterator<Item = PlayerId> + '_ {
        self.0
            .chunks_exact(4)
            .map(|b| PlayerId(u32::from_le_bytes([b[0], b[1], b[2], b[3]])))
    }
}

/// A reading before it is encoded.
enum Weighed {
    Competition(CompetitionId),
    Team(TeamId),
    Players(Vec<PlayerId>),
    TeamAdjective(TeamId),
    Place,
    Nothing,
}

fn reading(entries: &[Entry]) -> Weighed {
    let mut team = None;
    let mut adj = None;
    let mut player: Vec<PlayerId> = Vec::new();
    let mut comp = None;
    let mut place = false;
    for e in entries {
        match e {
            Entry::Team(t) => team = team.or(Some(*t)),
            Entry::TeamAdjective(t) => adj = adj.or(Some(*t)),
            Entry::Player(p) => {
                if !player.contains(p) {
                    player.insert(0, *p);
                }
            }
            Entry::Surname(ps) => {
                for p in ps {
                    if !player.contains(p) {
                        player.push(*p);
                    }
                }
            }
            Entry::Competition(c) => comp = comp.or(Some(*c)),
            Entry::Place => place = true,
        }
    }
    if let Some(c) = comp {
        return Weighed::Competition(c);
    }
    if let Some(t) = team {
        return Weighed::Team(t);
    }
    if !player.is_empty() {
        return Weighed::Players(player);
    }
    if let Some(t) = adj {
        return Weighed::TeamAdjective(t);
    }
    if place {
        Weighed::Place
    } else {
        Weighed::Nothing
    }
}

// The encoded form: a header of `HEADER` u32s, one open-addressing hash
// table of slots, the entries, and the player-id pool; every number is a
// little-endian u32. There is an entry for every phrase and for every word
// prefix of a longer phrase ("bosnia and" of "bosnia and herzegovina"), so
// one probe tells whether a name may start with a word, whether the words
// so far are a name, and whether they can go on. An entry is its flags and
// reading tag, two operands, the key's length, then the key's bytes padded
// to a multiple of four: the key sits beside what it names, in the same
// cache line more often than not.
const MAGIC: u32 = 0x6f66_6735;
const HEADER: usize = 5;
/// Numbers before an entry's key bytes.
const ENTRY: usize = 4;
const TAG_COMPETITION: u32 = 0;
const TAG_TEAM: u32 = 1;
const TAG_PLAYERS: u32 = 2;
const TAG_ADJECTIVE: u32 = 3;
const TAG_PLACE: u32 = 4;
const TAG_NOTHING: u32 = 5;
/// Set on the tag when every reading of the phrase is a competition, so
/// "World Cups" may stand for "World Cup".
const ONLY_COMPETITIONS: u32 = 1 << 8;
/// The key is a phrase (else only the start of longer ones).
const IS_PHRASE: u32 = 1 << 9;
/// Some longer phrase starts with the key's words.
const CONTINUES: u32 = 1 << 10;

/// Spreads a key over the slots, eight bytes at a step. Written out here
/// rather than taken from a hasher crate so the build script and the binary
/// agree by construction.
fn hash(key: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mix = |h: u64, v: u64| (h ^ v).wrapping_mul(K).rotate_left(31);
    let mut h = (key.len() as u64).wrapping_mul(K);
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        h = mix(
            h,
            u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
        );
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = mix(h, u64::from_le_bytes(w));
    }
    h ^= h >> 32;
    h = h.wrapping_mul(0xd6e8_feb8_6659_fd93);
    h ^ (h >> 29)
}

/// Slots for `n` entries: a power of two at least twice `n`, so probes stay
/// short and every chain ends at an empty slot.
fn slot_count(n: usize) -> usize {
    (2 * n).next_power_of_two().max(2)
}

/// A slot holds its entry's position (in u32s, plus one) in its low 24 bits
/// and the top byte of the key's hash above them, so a probe that meets
/// another key mostly tells so without reading it (a cache miss each).
const SLOT_ENTRY: u32 = (1 << 24) - 1;

fn slot_tag(h: u64) -> u32 {
    ((h >> 56) as u32) << 24
}

/// The first slot to probe for a key: its hash's low bits, the same on any
/// word size.
fn home_slot(h: u64, mask: usize) -> usize {
    (h & mask as u64) as usize
}

/// The gazetteer of `store` in the form [`Gazetteer::from_bytes`] reads.
/// The same store always gives the same bytes.
pub fn encode(store: &Store) -> Vec<u8> {
    let t = Tables::build(store);
    // Every key: phrases, and the word prefixes of longer ones.
    let mut keys: Vec<&str> = t.map.keys().map(String::as_str).collect();
    keys.extend(
        t.map
            .keys()
            .flat_map(|k| k.match_indices(' ').map(|(sp, _)| &k[..sp])),
    );
    keys.sort_unstable();
    keys.dedup();
    let continues: rustc_hash::FxHashSet<&str> = t
        .map
        .keys()
        .flat_map(|k| k.match_indices(' ').map(|(sp, _)| &k[..sp]))
        .collect();
    let mut players: Vec<u32> = Vec::new();
    let mut entries: Vec<u32> = Vec::new();
    let mut slots = vec![0u32; slot_count(keys.len())];
    let mask = slots.len() - 1;
    for k in &keys {
        let (mut tag, a, b) = match t.get(k) {
            None => (TAG_NOTHING, 0, 0),
            Some(entries) => {
                let (tag, a, b) = match reading(entries) {
                    Weighed::Competition(c) => (TAG_COMPETITION, u32::from(c.0), 0),
                    Weighed::Team(x) => (TAG_TEAM, u32::from(x.0), 0),
                    Weighed::Players(ps) => {
                        let at = players.len() as u32;
                        players.extend(ps.iter().map(|p| p.0));
                        (TAG_PLAYERS, at, ps.len() as u32)
                    }
                    Weighed::TeamAdjective(x) => (TAG_ADJECTIVE, u32::from(x.0), 0),
                    Weighed::Place => (TAG_PLACE, 0, 0),
                    Weighed::Nothing => (TAG_NOTHING, 0, 0),
                };
                let only = entries.iter().all(|e| matches!(e, Entry::Competition(_)));
                (
                    tag | IS_PHRASE | if only { ONLY_COMPETITIONS } else { 0 },
                    a,
                    b,
                )
            }
        };
        if continues.contains(k) {
            tag |= CONTINUES;
        }
        let at = entries.len();
        assert!(at + 1 < SLOT_ENTRY as usize, "gazetteer too large");
        entries.extend([tag, a, b, k.len() as u32]);
        for chunk in k.as_bytes().chunks(4) {
            let mut w = [0u8; 4];
            w[..chunk.len()].copy_from_slice(chunk);
            entries.push(u32::from_le_bytes(w));
        }
        let h = hash(k.as_bytes());
        let mut i = home_slot(h, mask);
        while slots[i] != 0 {
            i = (i + 1) & mask;
        }
        slots[i] = (at as u32 + 1) | slot_tag(h);
    }
    let header = [
        MAGIC,
        t.max_words as u32,
        slots.len() as u32,
        entries.len() as u32,
        players.len() as u32,
    ];
    let mut out = Vec::new();
    for n in header.iter().chain(&slots).chain(&entries).chain(&players) {
        out.extend_from_slice(&n.to_le_bytes());
    }
    out
}

/// The phrase tables, read in place from their encoded bytes.
pub struct Gazetteer {
    bytes: Cow<'static, [u8]>,
    pub max_words: usize,
    mask: usize,
    /// Offsets of the entries and of the player pool, in u32s.
    entries: usize,
    players: usize,
}

/// A key the tables hold: a phrase, the start of longer ones, or both.
#[derive(Clone, Copy)]
pub struct Key<'g> {
    g: &'g Gazetteer,
    /// The entry's position, in u32s.
    at: usize,
}

impl<'g> Key<'g> {
    fn field(&self, k: usize) -> u32 {
        self.g.u32_at(self.at + k)
    }

    /// The phrase, when the key is one.
    pub fn phrase(self) -> Option<Hit<'g>> {
        (self.field(0) & IS_PHRASE != 0).then_some(Hit(self))
    }

    /// Whether some longer phrase starts with the key's words.
    pub fn continues(&self) -> bool {
        self.field(0) & CONTINUES != 0
    }
}

/// A phrase the tables hold.
#[derive(Clone, Copy)]
pub struct Hit<'g>(Key<'g>);

impl<'g> Hit<'g> {
    /// What the phrase names; `None` only for a phrase with no reading.
    pub fn reading(&self) -> Option<Reading<'g>> {
        let k = self.0;
        let (a, b) = (k.field(1), k.field(2));
        Some(match k.field(0) & 0xff {
            TAG_COMPETITION => Reading::Competition(CompetitionId(a as u16)),
            TAG_TEAM => Reading::Team(TeamId(a as u16)),
            TAG_PLAYERS => {
                let at = (k.g.players + a as usize) * 4;
                Reading::Players(Players(&k.g.bytes[at..at + b as usize * 4]))
            }
            TAG_ADJECTIVE => Reading::TeamAdjective(TeamId(a as u16)),
            TAG_PLACE => Reading::Place,
            _ => return None,
        })
    }

    /// Whether every reading of the phrase is a competition.
    pub fn only_competitions(&self) -> bool {
        self.0.field(0) & ONLY_COMPETITIONS != 0
    }
}

impl Gazetteer {
    /// Builds and encodes the tables of a store at run time (a store loaded
    /// from a data folder).
    pub fn build(store: &Store) -> Self {
        Self::from_bytes(Cow::Owned(encode(store)))
    }

    /// Reads tables [`encode`] wrote.
    ///
    /// # Panics
    /// If the bytes are not such tables.
    pub fn from_bytes(bytes: Cow<'static, [u8]>) -> Self {
        let h = |i: usize| u32::from_le_bytes(bytes[i * 4..i * 4 + 4].try_into().unwrap()) as usize;
        assert_eq!(h(0), MAGIC as usize, "not gazetteer tables");
        let (slots, entries_n, players_n) = (h(2), h(3), h(4));
        let entries = HEADER + slots;
        let players = entries + entries_n;
        assert_eq!(
            (players + players_n) * 4,
            bytes.len(),
            "gazetteer tables cut short"
        );
        Gazetteer {
            max_words: h(1),
            bytes,
            mask: slots - 1,
            entries,
            players,
        }
    }

    fn u32_at(&self, i: usize) -> u32 {
        let b = &self.bytes[i * 4..i * 4 + 4];
        u32::from_le_bytes([b[0], b[1], b[2], b[3]])
    }

    /// The entry for `key`, if the tables hold it.
    pub fn key(&self, key: &str) -> Option<Key<'_>> {
        let key = key.as_bytes();
        let h = hash(key);
        let tag = slot_tag(h);
        let mut i = home_slot(h, self.mask);
        loop {
            let slot = self.u32_at(HEADER + i);
            if slot == 0 {
                return None;
            }
            if slot & !SLOT_ENTRY == tag {
                let at = self.entries + (slot & SLOT_ENTRY) as usize - 1;
                let len = self.u32_at(at + 3) as usize;
                let from = (at + ENTRY) * 4;
                if len == key.len() && &self.bytes[from..from + len] == key {
                    return Some(Key { g: self, at });
                }
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The phrase `key`, if it is one.
    pub fn get(&self, key: &str) -> Option<Hit<'_>> {
        self.key(key).and_then(Key::phrase)
    }
}
