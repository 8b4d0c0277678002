//! Phrase look-up built once from the store: team names, aliases, nicknames
//! and adjectives; scorers by full name and surname; competitions; places.

use offside_data::{CompetitionId, PlayerId, Store, TeamId};
use offside_text::normalize_phrase;
use rustc_hash::FxHashMap;

#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
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

pub struct Gazetteer {
    map: FxHashMap<String, Vec<Entry>>,
    pub max_words: usize,
    /// First words of every phrase, for a cheap test before a look-up.
    first_words: rustc_hash::FxHashSet<String>,
}

fn common_words() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| COMMON_WORDS.iter().copied().collect())
}

pub(crate) fn is_common(key: &str) -> bool {
    common_words().contains(key)
}

impl Gazetteer {
    /// Built from the store's name indexes, whose keys are already in normal
    /// form (the same form tokens take), so nothing is normalised twice.
    pub fn build(store: &Store) -> Self {
        let mut g = Gazetteer {
            map: FxHashMap::default(),
            max_words: 1,
            first_words: Default::default(),
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
        let first = key.split(' ').next().unwrap_or("");
        if !self.first_words.contains(first) {
            self.first_words.insert(first.to_string());
        }
        self.max_words = self.max_words.max(key.split(' ').count());
        let slot = self.map.entry(key).or_default();
        if !slot.contains(&e) {
            slot.push(e);
        }
    }

    /// Whether some phrase starts with this word: most words start none, and
    /// are passed over without building any key.
    pub fn starts_with_word(&self, word: &str) -> bool {
        self.first_words.contains(word)
    }

    pub fn get(&self, key: &str) -> Option<&[Entry]> {
        self.map.get(key).map(Vec::as_slice)
    }
}
