//! False is a proof: each doubt of `offside_check::proof`, in our own words
//! on real matches, with its twin. The first sentence of a pair reads a
//! claim the data contradicts but that a careful checker would not call
//! false; the twin states the same thing plainly, and it must stay false (or
//! true), so a doubt that grows too wide fails here.

mod common;

use common::{check, no_false};
use offside_check::{AsOfSource, ClaimKind, Report, Verdict};

/// The verdict and doubt of the claim of `kind` whose text contains `needle`.
fn claim(r: &Report, kind: ClaimKind, needle: &str) -> (Verdict, Option<&'static str>) {
    let c = r
        .claims
        .iter()
        .find(|c| c.kind == kind && c.text.contains(needle))
        .unwrap_or_else(|| {
            panic!(
                "no {kind:?} claim containing {needle:?}; got {:#?}",
                r.claims
            )
        });
    (c.verdict, c.doubt)
}

#[test]
fn a_hypothetical_result_is_not_a_result() {
    let r = check(
        "England could have beaten France 2-1 at the 2022 World Cup.",
        "2022-12-12",
    );
    assert_eq!(
        claim(&r, ClaimKind::Result, "2-1"),
        (Verdict::Unverifiable, Some("hypothetical"))
    );
    // Stated as fact, with England as the subject: the winner is wrong.
    let r = check(
        "England beat France 2-1 at the 2022 World Cup.",
        "2022-12-12",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "2-1").0, Verdict::False);
    // A guess about what a fuller side may have done (Brazil won 1-0 in 1958).
    let r = check(
        "With a fit John Charles, Wales may have beaten Brazil 1-0 in the 1958 World Cup quarter-final.",
        "1958-06-20",
    );
    assert_eq!(
        claim(&r, ClaimKind::Result, "1-0"),
        (Verdict::Unverifiable, Some("hypothetical"))
    );
    let r = check(
        "Wales beat Brazil 1-0 in the 1958 World Cup quarter-final.",
        "1958-06-20",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "1-0").0, Verdict::False);
    // A result named as the subject of a conditional (1997-10-11, Italy 0-0
    // England in Rome).
    let lead = "England drew 0-0 with Italy in Rome in their last World Cup qualifier.";
    let r = check(
        &format!("{lead} Defeat to Italy would have meant the play-offs."),
        "1997-10-12",
    );
    no_false(&r);
    let r = check(
        &format!("{lead} England suffered defeat to Italy."),
        "1997-10-12",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "defeat").0, Verdict::False);
}

#[test]
fn club_football_is_outside_the_data() {
    let r = check(
        "Harry Kane scored twice in the 2022 World Cup quarter-final, a club record for Tottenham this season.",
        "2022-12-12",
    );
    assert_eq!(claim(&r, ClaimKind::Scorer, "Kane").1, Some("club"));
    no_false(&r);
    // Kane scored once against France (and missed a second penalty).
    let r = check(
        "Harry Kane scored twice in the 2022 World Cup quarter-final.",
        "2022-12-12",
    );
    assert_eq!(claim(&r, ClaimKind::Scorer, "Kane").0, Verdict::False);
}

#[test]
fn a_player_named_for_a_miss_made_no_scoring_claim() {
    let r = check(
        "Harry Maguire headed against the bar in England's 6-2 win over Iran at the 2022 World Cup.",
        "2022-11-22",
    );
    no_false(&r);
    let r = check(
        "Harry Maguire scored in England's 6-2 win over Iran at the 2022 World Cup.",
        "2022-11-22",
    );
    assert_eq!(claim(&r, ClaimKind::Scorer, "Maguire").0, Verdict::False);
    assert_eq!(claim(&r, ClaimKind::Result, "6-2").0, Verdict::True);
}

#[test]
fn minutes_between_goals_are_not_minutes_of_the_clock() {
    let r = check(
        "Lionel Messi and Ángel Di María scored within 13 minutes of each other in the 2022 World Cup final.",
        "2022-12-19",
    );
    no_false(&r);
    // Di María scored in the 36th minute.
    let r = check(
        "Ángel Di María scored in the 23rd minute of the 2022 World Cup final.",
        "2022-12-19",
    );
    assert_eq!(claim(&r, ClaimKind::Minute, "23rd").0, Verdict::False);
}

#[test]
fn an_approximate_figure_is_not_a_wrong_one() {
    let r = check(
        "England scored nearly 12 goals at the 2022 World Cup.",
        "2022-12-12",
    );
    no_false(&r);
    // They scored 13.
    let r = check(
        "England scored 12 goals at the 2022 World Cup.",
        "2022-12-12",
    );
    assert_eq!(claim(&r, ClaimKind::Tally, "12").0, Verdict::False);
}

#[test]
fn a_stadium_where_the_data_names_only_the_city() {
    // The 2026 opener's fixture gives Mexico City, not the ground (P7).
    let r = check(
        "Mexico opened the 2026 World Cup against South Africa at the Estadio Azteca.",
        "2026-06-12",
    );
    no_false(&r);
    // A stadium the data places in another city is wrong.
    let r = check(
        "Mexico opened the 2026 World Cup against South Africa at the Rose Bowl.",
        "2026-06-12",
    );
    assert_eq!(claim(&r, ClaimKind::Venue, "Rose Bowl").0, Verdict::False);
}

#[test]
fn a_recalled_match_pinned_by_its_year_can_be_false() {
    // An article of 2022 recalling 1966: the year, the teams and the stage
    // say which match, so the history cue raises no doubt.
    let r = check(
        "Back in 1966, England beat West Germany 4-3 in the World Cup final.",
        "2022-12-12",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "4-3").0, Verdict::False);
    let r = check(
        "Back in 1966, England beat West Germany 4-2 in the World Cup final.",
        "2022-12-12",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "4-2").0, Verdict::True);
}

#[test]
fn equalling_a_record_is_not_missing_it() {
    // 6-1 in La Paz equalled Argentina's 1958 defeat by Czechoslovakia.
    let r = check(
        "Bolivia beat Argentina 6-1 in a World Cup qualifier, Argentina's worst defeat.",
        "2009-04-02",
    );
    no_false(&r);
    assert_eq!(claim(&r, ClaimKind::Result, "6-1").0, Verdict::True);
}

#[test]
fn head_to_head_with_wartime_meetings_is_p1() {
    // The data's count includes unofficial wartime and Victory matches: a
    // count one short may be the official one (policy P1).
    let r = check(
        "Scotland have now won 41 of their meetings with England.",
        "2017-06-11",
    );
    no_false(&r);
    let r = check(
        "Scotland have now won 42 of their meetings with England.",
        "2017-06-11",
    );
    assert_eq!(claim(&r, ClaimKind::HeadToHead, "42").0, Verdict::True);
}

#[test]
fn a_formation_holds_no_score() {
    let r = check(
        "The Netherlands lined up in a 4-3-3 against Portugal in the 2019 Nations League final.",
        "2019-06-10",
    );
    assert!(
        r.claims
            .iter()
            .all(|c| !matches!(c.kind, ClaimKind::Score | ClaimKind::Result)),
        "{:#?}",
        r.claims
    );
    let r = check(
        "Portugal beat the Netherlands 1-0 in the 2019 Nations League final.",
        "2019-06-10",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "1-0").0, Verdict::True);
}

#[test]
fn an_undated_report_is_dated_by_its_headline_match() {
    let text = "Brazil 2 Argentina 0: hosts reach Copa America final\n\n\
                Gabriel Jesus scored in the 19th minute in Belo Horizonte.";
    let r = check(text, "");
    assert_eq!(r.as_of_source, AsOfSource::Inferred);
    assert_eq!(
        r.as_of.map(|d| d.to_string()).as_deref(),
        Some("2019-07-02")
    );
    assert_eq!(claim(&r, ClaimKind::Minute, "19th").0, Verdict::True);
    let r = check(&text.replace("19th", "29th"), "");
    assert_eq!(claim(&r, ClaimKind::Minute, "29th").0, Verdict::False);
}

#[test]
fn an_article_with_no_date_is_judged_as_of_the_latest_match_and_says_so() {
    let r = check("Germany have won the World Cup four times.", "");
    assert_eq!(r.as_of_source, AsOfSource::Latest);
    assert_eq!(claim(&r, ClaimKind::Record, "four times").0, Verdict::True);
}

#[test]
fn a_dateline_place_is_not_a_team() {
    // Filed from Luanda: Angola did not win anything.
    let r = check(
        "LUANDA, Angola: Egypt won the African Cup of Nations for the third time in a row on Sunday, beating Ghana 1-0 in the final.",
        "",
    );
    no_false(&r);
    assert_eq!(
        r.as_of.map(|d| d.to_string()).as_deref(),
        Some("2010-01-31")
    );
    assert_eq!(claim(&r, ClaimKind::Result, "1-0").0, Verdict::True);
}

#[test]
fn a_lead_score_with_one_team_takes_the_other_from_the_sentence_before() {
    // Portugal 6-1 Switzerland, 2022-12-06: Ramos scored three.
    let lead = "Cristiano Ronaldo was left on the bench by Portugal. But after a 6-1 win over Switzerland, it was Gonçalo Ramos who had the spotlight.";
    let r = check(lead, "");
    assert_eq!(
        r.as_of.map(|d| d.to_string()).as_deref(),
        Some("2022-12-06")
    );
    let r = check(&format!("{lead} Ramos scored a hat-trick."), "");
    assert_eq!(claim(&r, ClaimKind::Scorer, "hat-trick").0, Verdict::True);
    // A lead ("a 2-1 lead") is not the result: no match is read from it.
    let r = check(
        "Cristiano Ronaldo was left on the bench by Portugal. Then a goal gave them a 2-1 lead over Switzerland.",
        "",
    );
    assert_ne!(
        r.as_of.map(|d| d.to_string()).as_deref(),
        Some("2022-12-06")
    );
}

#[test]
fn a_lead_with_one_side_named_finds_the_other_by_its_scorers() {
    // Japan 2-1 Germany, 2022-11-23: Doan and Asano scored.
    let r = check(
        "Ritsu Doan and Takuma Asano scored late goals to give a 2-1 victory over Germany at the World Cup.",
        "",
    );
    assert_eq!(
        r.as_of.map(|d| d.to_string()).as_deref(),
        Some("2022-11-23")
    );
    // Scorers who did not score in such a match decide nothing.
    let r = check(
        "Lionel Messi and Ángel Di María scored late goals to give a 2-1 victory over Germany at the World Cup.",
        "",
    );
    assert_ne!(
        r.as_of.map(|d| d.to_string()).as_deref(),
        Some("2022-11-23")
    );
}

#[test]
fn every_doubt_is_registered_once_with_a_description() {
    let names: Vec<_> = offside_check::proof::DOUBTS
        .iter()
        .map(|d| d.name)
        .collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(
        sorted.len(),
        names.len(),
        "duplicate doubt names: {names:?}"
    );
    assert!(offside_check::proof::DOUBTS
        .iter()
        .all(|d| !d.description.is_empty()));
}

#[test]
fn a_score_said_to_be_the_shoot_outs_is_the_kicks() {
    let r = check(
        "Italy won 5-3 in the shoot-out of the 2006 World Cup final against France.",
        "2006-07-10",
    );
    no_false(&r);
    let r = check(
        "Italy beat France 5-4 in the shoot-out of the 2006 World Cup final.",
        "2006-07-10",
    );
    assert!(
        r.claims.iter().any(|c| c.verdict == Verdict::False),
        "{:#?}",
        r.claims
    );
}

#[test]
fn the_object_of_a_result_verb_did_not_win_the_title() {
    // Greece stunned the hosts, Portugal, to win Euro 2004.
    let r = check(
        "Angelos Charisteas' header helped Otto Rehhagel's side stun the hosts to win Euro 2004.",
        "2004-07-05",
    );
    no_false(&r);
    let r = check("Portugal won Euro 2004.", "2004-07-05");
    assert_eq!(claim(&r, ClaimKind::Record, "Portugal").0, Verdict::False);
}

#[test]
fn a_written_date_in_the_lead_dates_an_undated_retrospective() {
    let text = "Argentina and West Germany: a final for the ages\n\n\
                On 29 June 1986 at the Azteca, Argentina beat West Germany 3-2.";
    let r = check(text, "");
    assert_eq!(
        r.as_of.map(|d| d.to_string()).as_deref(),
        Some("1986-06-29")
    );
    assert_eq!(claim(&r, ClaimKind::Result, "3-2").0, Verdict::True);
    let r = check(&text.replace("3-2", "3-1"), "");
    assert_eq!(claim(&r, ClaimKind::Result, "3-1").0, Verdict::False);
}

#[test]
fn a_lead_of_shoot_out_size_in_a_goalless_final_is_the_kicks() {
    let r = check(
        "Dunga's kick gave Brazil a 3-2 lead in the 1994 World Cup final against Italy.",
        "1994-07-18",
    );
    no_false(&r);
    // A half-time lead in a goalless match is a plain error.
    let r = check(
        "Brazil led Italy 1-0 at half-time in the 1994 World Cup final.",
        "1994-07-18",
    );
    assert_eq!(claim(&r, ClaimKind::Score, "1-0").0, Verdict::False);
}

#[test]
fn a_pronoun_after_in_is_not_a_place() {
    // "in their opening game": England, not a country the match was in.
    let r = check(
        "England beat Iran 6-3 in their opening game at the 2022 World Cup.",
        "2022-11-22",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "6-3").0, Verdict::False);
    // A country named with "in" that the match was not played in.
    let r = check(
        "Poland beat England 2-0 in their qualifier, after the defeat in Poland.",
        "1973-10-18",
    );
    assert!(r
        .claims
        .iter()
        .all(|c| c.verdict != Verdict::False || !c.text.contains("defeat in Poland")));
}

#[test]
fn doubling_a_lead_is_one_goal() {
    // Norway 3-0 Italy, June 2025: Nusa scored once (34').
    let r = check(
        "Antonio Nusa came off the bench to double Norway's lead as they beat Italy 3-0 in a 2026 World Cup qualifier.",
        "2025-06-07",
    );
    no_false(&r);
    // A qualifier of the 2026 World Cup played in 2025 is still that match.
    let r = check(
        "Antonio Nusa scored twice as Norway beat Italy 3-0 in a 2026 World Cup qualifier.",
        "2025-06-07",
    );
    assert_eq!(claim(&r, ClaimKind::Scorer, "Nusa").0, Verdict::False);
}

#[test]
fn a_record_of_wins_is_not_a_score() {
    let r = check(
        "Jamaica beat the United States 2-1 in the 2015 Gold Cup semi-final, improving their record against them to 10-3.",
        "2015-07-23",
    );
    no_false(&r);
    assert_eq!(claim(&r, ClaimKind::Result, "2-1").0, Verdict::True);
    let r = check(
        "Jamaica beat the United States 3-1 in the 2015 Gold Cup semi-final.",
        "2015-07-23",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "3-1").0, Verdict::False);
}

#[test]
fn the_team_that_knocked_another_out_did_not_go_out() {
    let r = check(
        "Ivory Coast knocked Ghana out in the quarter-finals of the 1992 Africa Cup of Nations.",
        "2021-01-27",
    );
    no_false(&r);
    // Ghana reached the final in 1992.
    let r = check(
        "Ghana went out in the quarter-finals of the 1992 Africa Cup of Nations.",
        "2021-01-27",
    );
    assert_eq!(claim(&r, ClaimKind::Stage, "quarter").0, Verdict::False);
}

#[test]
fn headline_verbs_and_the_team_sent_through() {
    // Euro 2008 final: Spain 1-0 Germany.
    let r = check("Spain Defeats Germany In Euro 2008 Final.", "2008-06-30");
    assert_eq!(claim(&r, ClaimKind::Result, "Defeats").0, Verdict::True);
    let r = check("Germany Defeats Spain In Euro 2008 Final.", "2008-06-30");
    assert_eq!(claim(&r, ClaimKind::Result, "Defeats").0, Verdict::False);
    // 2011 Asian Cup semi-final: Japan beat South Korea on penalties.
    let r = check(
        "South Korea lost the shoot-out to send Japan into the final of the 2011 Asian Cup.",
        "2011-01-26",
    );
    assert_eq!(claim(&r, ClaimKind::Stage, "Japan into").0, Verdict::True);
    let r = check(
        "Japan lost the shoot-out to send South Korea into the final of the 2011 Asian Cup.",
        "2011-01-26",
    );
    assert_eq!(
        claim(&r, ClaimKind::Stage, "South Korea into").0,
        Verdict::False
    );
}

#[test]
fn yards_from_goal_is_a_place_not_a_goal() {
    // Euro 2012 final: Silva, Alba, Torres and Mata scored; Iniesta did not.
    let lead = "Spain beat Italy 4-0 in the Euro 2012 final. ";
    let r = check(
        &format!("{lead}Andrés Iniesta took the ball 25 yards from goal and found Xavi."),
        "2012-07-02",
    );
    no_false(&r);
    let r = check(
        &format!("{lead}Andrés Iniesta scored the first goal."),
        "2012-07-02",
    );
    assert_eq!(claim(&r, ClaimKind::Scorer, "Iniesta").0, Verdict::False);
}

#[test]
fn a_title_count_belongs_to_the_winner_and_to_the_day_narrated() {
    // Brazil's fifth World Cup, 2002; their seventh Copa América, 2004.
    let r = check(
        "Brazil defeated Germany 2-0 in Yokohama at the 2002 World Cup for its fifth world championship.",
        "2002-07-01",
    );
    assert_eq!(claim(&r, ClaimKind::Record, "fifth").0, Verdict::True);
    let r = check(
        "Brazil defeated Germany 2-0 in Yokohama at the 2002 World Cup for its fourth world championship.",
        "2002-07-01",
    );
    assert_eq!(claim(&r, ClaimKind::Record, "fourth").0, Verdict::False);
    let text = "On 25 July 2004, Brazil beat Argentina on penalties in the Copa America final in Lima, giving Brazil their seventh Copa America trophy.";
    // Published five years on: the count may be as of the day narrated.
    no_false(&check(text, "2009-07-25"));
    // Published the next day: the count is as of then, and true.
    let r = check(text, "2004-07-26");
    assert_eq!(claim(&r, ClaimKind::Record, "seventh").0, Verdict::True);
    let r = check(&text.replace("seventh", "eighth"), "2004-07-26");
    assert_eq!(claim(&r, ClaimKind::Record, "eighth").0, Verdict::False);
}

#[test]
fn to_equalise_is_a_word_of_scoring() {
    // Japan 2-1 Germany, 2022: Doan equalised in the 75th minute.
    let lead = "Japan beat Germany 2-1 at the World Cup. ";
    let r = check(
        &format!("{lead}Ritsu Doan pounced on a rebound to equalise in the 75th minute."),
        "2022-11-23",
    );
    assert_eq!(claim(&r, ClaimKind::Minute, "75th").0, Verdict::True);
    let r = check(
        &format!("{lead}Ritsu Doan pounced on a rebound to equalise in the 79th minute."),
        "2022-11-23",
    );
    assert_eq!(claim(&r, ClaimKind::Minute, "79th").0, Verdict::False);
}

#[test]
fn the_winner_after_for_and_the_team_eliminated() {
    // 1938 final: Hungary 2-4 Italy. 2014 semi-final: Argentina beat the
    // Netherlands on penalties, then lost the final.
    let r = check(
        "Hungary lost the final of the 1938 World Cup: a 4-2 win for Italy in Paris.",
        "1938-06-20",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "4-2").0, Verdict::True);
    let r = check(
        "Hungary lost the final of the 1938 World Cup: a 3-2 win for Italy in Paris.",
        "1938-06-20",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "3-2").0, Verdict::False);
    no_false(&check(
        "Argentina eliminated the Netherlands in the semi-final of the 2014 World Cup.",
        "2014-07-14",
    ));
    let r = check(
        "The Netherlands were eliminated in the semi-final of the 2014 World Cup.",
        "2014-07-14",
    );
    assert_eq!(claim(&r, ClaimKind::Stage, "semi-final").0, Verdict::True);
    let r = check(
        "Argentina were eliminated in the semi-final of the 2014 World Cup.",
        "2014-07-14",
    );
    assert_eq!(claim(&r, ClaimKind::Stage, "semi-final").0, Verdict::False);
}

#[test]
fn a_team_named_in_an_aside_is_not_the_subject() {
    // Scotland 2-3 Spain, 2010-10-12: Spain led 2-0, Scotland levelled.
    let lead = "Spain beat Scotland 3-2 at Hampden Park in a Euro 2012 qualifier. ";
    let r = check(
        &format!(
            "{lead}Scotland, 46 places below top-ranked Spain, fought back from 2-0 down to 2-2."
        ),
        "2010-10-13",
    );
    no_false(&r);
    assert!(r
        .claims
        .iter()
        .any(|c| c.text.contains("2-0") && c.verdict == Verdict::True));
    let r = check(
        &format!("{lead}Spain, 46 places above Scotland, fought back from 2-0 down to 2-2."),
        "2010-10-13",
    );
    assert!(r
        .claims
        .iter()
        .any(|c| c.text.contains("2-0") && c.verdict == Verdict::False));
}

#[test]
fn a_box_score_with_the_half_time_score_in_brackets() {
    // 1970 final: Brazil 4-1 Italy; Pelé 18', Gérson 66', Jairzinho 71',
    // Carlos Alberto 86'; Boninsegna 37'.
    let text = "Brazil beat Italy 4-1 in the 1970 World Cup final.\n\nBRAZIL (1) 4 (Pelé 18, Gérson 66, Jairzinho 71, Carlos Alberto 86)\n\nITALY (1) 1 (Boninsegna 37)\n";
    let r = check(text, "1970-06-22");
    no_false(&r);
    assert_eq!(claim(&r, ClaimKind::Minute, "Gérson 66").0, Verdict::True);
    let r = check(&text.replace("Gérson 66", "Gérson 56"), "1970-06-22");
    assert_eq!(claim(&r, ClaimKind::Minute, "Gérson 56").0, Verdict::False);
}

#[test]
fn unbeaten_in_a_number_of_matches() {
    // Northern Ireland's Euro 2016 qualifying: a 2-0 defeat in Romania in
    // November 2014, so not unbeaten after nine matches on 8 October 2015.
    let lead = "Northern Ireland beat Greece 3-1 in Belfast in a Euro 2016 qualifier. ";
    let r = check(
        &format!("{lead}Northern Ireland are unbeaten after nine matches."),
        "2015-10-09",
    );
    assert_eq!(claim(&r, ClaimKind::Record, "unbeaten").0, Verdict::False);
    let r = check(
        &format!("{lead}Northern Ireland are unbeaten in three matches."),
        "2015-10-09",
    );
    assert_eq!(claim(&r, ClaimKind::Record, "unbeaten").0, Verdict::True);
}

#[test]
fn the_report_says_what_was_understood() {
    // Portugal won all ten Euro 2024 qualifiers: the count's scope is stated
    // by its words, and it is the team's.
    let r = check(
        "Portugal won ten games in qualifying for Euro 2024.",
        "2024-06-20",
    );
    let c = r
        .claims
        .iter()
        .find(|c| c.kind == ClaimKind::Tally)
        .expect("a tally");
    assert_eq!(c.verdict, Verdict::True);
    assert_eq!(c.slots.subject, Some("team"));
    assert!(c.slots.scope_stated);
    // A relative minute with no goal timed before has no anchor.
    let r = check(
        "Portugal beat Wales 2-0 in Lyon. Nani scored five minutes later.",
        "2016-07-07",
    );
    let c = r
        .claims
        .iter()
        .find(|c| c.text.starts_with("Nani"))
        .expect("Nani");
    assert!(!c.slots.time_anchored);
    assert_eq!(c.verdict, Verdict::Unverifiable);
}

#[test]
fn how_far_a_team_went_needs_the_team_named_in_its_clause() {
    // Euro 2016: France beat Germany 2-0 in the semi-final and reached the
    // final; Germany went no further. A coach's "side", a pronoun and a
    // speaker's "to be into" name no team the reader can be sure of.
    let lead = "Germany 0-2 France, Euro 2016 semi-final in Marseille.\n\n";
    for t in [
        "Antoine Griezmann's double sees Didier Deschamps' side into the Euro 2016 final.",
        "Germany were beaten, and they have reached the final, Griezmann said of France.",
        "\"It was a hard game against a very good Germany side but it is wonderful to be into the final,\" the coach said.",
    ] {
        let r = check(&format!("{lead}{t}"), "2016-07-08");
        no_false(&r);
    }
    // Named as the clause's subject, or borrowed by a clause that carries
    // it on, the team is sure: false where the data says otherwise.
    let r = check(
        &format!("{lead}Germany reached the final of Euro 2016."),
        "2016-07-08",
    );
    assert_eq!(claim(&r, ClaimKind::Stage, "final").0, Verdict::False);
    let r = check(
        &format!("{lead}Germany beat France in Marseille, reaching the final of Euro 2016."),
        "2016-07-08",
    );
    assert_eq!(claim(&r, ClaimKind::Stage, "final").0, Verdict::False);
    // And the twin that is true stays true.
    let r = check(
        &format!("{lead}France reached the final of Euro 2016."),
        "2016-07-08",
    );
    assert_eq!(claim(&r, ClaimKind::Stage, "final").0, Verdict::True);
}

#[test]
fn a_day_belongs_to_the_match_of_its_own_clause() {
    // 2022: Brazil went out to Croatia on Friday 9 December; France beat
    // Morocco in the semi-final on Wednesday 14 December.
    let lead = "France beat Morocco 2-0 in the World Cup semi-final in Al Khor.\n\n";
    let r = check(
        &format!(
            "{lead}With Brazil eliminated on Friday and England gone too, France are favourites."
        ),
        "2022-12-15",
    );
    no_false(&r);
    // The day said of the match itself is checked, and a wrong one is false.
    let r = check(
        &format!("{lead}France beat Morocco on Friday to reach the final."),
        "2022-12-15",
    );
    assert_eq!(claim(&r, ClaimKind::Date, "Friday").0, Verdict::False);
    let r = check(
        &format!("{lead}France beat Morocco on Wednesday to reach the final."),
        "2022-12-15",
    );
    assert_eq!(claim(&r, ClaimKind::Date, "Wednesday").0, Verdict::True);
}

#[test]
fn years_beside_a_winning_margin_are_not_titles() {
    // 1958 final, Brazil 5-2 Sweden: its three-goal margin was matched in
    // the 1970 (Brazil 4-1 Italy) and 1998 (France 3-0 Brazil) finals.
    let lead =
        "Brazil beat Sweden 5-2 in the 1958 World Cup final in Solna. Sweden had scored first.\n\n";
    let r = check(
        &format!("{lead}That final shares the record for the largest winning margin with the 1970 and 1998 tournaments."),
        "2018-05-05",
    );
    no_false(&r);
    // A team that won those years, named, is checked year by year.
    let r = check(
        &format!("{lead}Brazil went on winning the 1970 and 1998 tournaments."),
        "2018-05-05",
    );
    assert_eq!(claim(&r, ClaimKind::Record, "1970").0, Verdict::True);
    assert_eq!(claim(&r, ClaimKind::Record, "1998").0, Verdict::False);
}

#[test]
fn a_host_and_a_year_name_the_tournament() {
    // Schillaci scored six goals at the 1990 World Cup in Italy; Italy the
    // team is not the subject of "at Italia '90".
    let v = |t: &str| {
        let r = check(t, "2015-06-30");
        claim(&r, ClaimKind::Tally, "goals").0
    };
    assert_eq!(
        v("Salvatore Schillaci scored six goals at Italia '90."),
        Verdict::True
    );
    assert_eq!(
        v("Salvatore Schillaci scored seven goals at Italia 90."),
        Verdict::False
    );
    // Said plainly, with the team named, the count is the same.
    let r = check(
        "Salvatore Schillaci scored six goals at the World Cup in 1990 for Italy.",
        "2015-06-30",
    );
    assert_eq!(claim(&r, ClaimKind::Tally, "goals").0, Verdict::True);
}

#[test]
fn the_stage_of_their_match() {
    // 2014: Germany beat France 1-0 in the quarter-final at the Maracanã.
    let v = |stage: &str| {
        let r = check(
            &format!(
                "Germany beat France 1-0 in their {stage} showdown at the Maracana on Friday."
            ),
            "2014-07-04",
        );
        claim(&r, ClaimKind::Stage, stage).0
    };
    assert_eq!(v("semi-final"), Verdict::False);
    assert_eq!(v("quarter-final"), Verdict::True);
    // "their first final since 1984" counts finals; it is no match's stage.
    let r = check(
        "Spain, appearing in their first final since 1984, beat Germany 1-0 in Vienna.",
        "2008-06-30",
    );
    assert!(
        r.claims
            .iter()
            .all(|c| !(c.kind == ClaimKind::Stage && c.text.contains("first final"))),
        "{:#?}",
        r.claims
    );
}

#[test]
fn a_goal_only_thought_scored_and_a_count_compared_are_no_scorer_claims() {
    // Italy 1-1 Spain, Euro 2020 semi-final: Chiesa 60', Morata 80'.
    let lead = "Italy and Spain drew 1-1 at Wembley in the Euro 2020 semi-final.\n\n";
    let r = check(
        &format!("{lead}Italy thought they had scored a second after Ciro Immobile slotted home."),
        "2021-07-07",
    );
    no_false(&r);
    let r = check(
        &format!("{lead}Ciro Immobile slotted home for Italy."),
        "2021-07-07",
    );
    assert_eq!(claim(&r, ClaimKind::Scorer, "Immobile").0, Verdict::False);
    // Brazil 1-7 Germany, 2014: Klose scored (23'); Özil did not.
    let lead = "Germany beat Brazil 7-1 in Belo Horizonte in the 2014 World Cup semi-final.\n\n";
    let r = check(
        &format!("{lead}Only Gerd Müller and Ronaldo had scored more goals than Miroslav Klose at the tournament."),
        "2014-07-09",
    );
    no_false(&r);
    let r = check(
        &format!("{lead}Mesut Özil scored in the second half."),
        "2014-07-09",
    );
    assert_eq!(claim(&r, ClaimKind::Scorer, "Özil").0, Verdict::False);
}

#[test]
fn a_record_scorer_over_the_scope_the_words_give() {
    // Rooney's 50th England goal, a penalty v Switzerland, 2015-09-08: the
    // record is England's over all matches, whose scorers the data does
    // not all know; the match's competition is not the record's.
    let r = check(
        "Wayne Rooney became England's all-time record scorer with a penalty against Switzerland at Wembley in a Euro 2016 qualifier.",
        "2015-09-09",
    );
    no_false(&r);
    // A World Cup record, in the match that set it (Brazil 1-7 Germany,
    // 2014: Klose's 16th), is checked and can be false.
    let lead = "Germany beat Brazil 7-1 in the 2014 World Cup semi-final in Belo Horizonte.\n\n";
    let r = check(
        &format!("{lead}Miroslav Klose became the record World Cup scorer."),
        "2014-07-09",
    );
    assert_eq!(claim(&r, ClaimKind::Record, "record").0, Verdict::True);
    let r = check(
        &format!("{lead}Thomas Müller became the record World Cup scorer."),
        "2014-07-09",
    );
    assert_eq!(claim(&r, ClaimKind::Record, "record").0, Verdict::False);
}

#[test]
fn an_edition_named_by_a_year_it_outlived_dates_the_article_to_its_end() {
    // Euro 2020 was played in June and July 2021: Spain 5-0 Slovakia on
    // 2021-06-23, Sarabia scoring in the 56th minute.
    let text = "Spain at EURO 2020: five different scorers.\n\n\
                Pablo Sarabia scored in the 56th minute against Slovakia.";
    let r = check(text, "");
    assert_eq!(
        r.as_of.map(|d| d.to_string()).as_deref(),
        Some("2021-07-11")
    );
    assert_eq!(claim(&r, ClaimKind::Minute, "56th").0, Verdict::True);
    let r = check(&text.replace("56th", "66th"), "");
    assert_eq!(claim(&r, ClaimKind::Minute, "66th").0, Verdict::False);
}

#[test]
fn a_title_count_set_in_a_clipped_year_or_a_season() {
    // West Germany's second World Cup was 1974's; by 2023 Germany had four.
    let lead = "Germany face Poland in a friendly in Warsaw on Friday.\n\n";
    for t in [
        "We look back to the summer of '74, when Germany won their second World Cup.",
        "We look back to the summer of 1974, when Germany won their second World Cup.",
    ] {
        no_false(&check(&format!("{lead}{t}"), "2023-06-15"));
    }
    let r = check(
        &format!("{lead}Germany have won their second World Cup."),
        "2023-06-15",
    );
    assert_eq!(claim(&r, ClaimKind::Record, "second").0, Verdict::False);
}

#[test]
fn a_place_needs_a_match_in_its_sentence() {
    // Poland 1-0 Germany, a friendly in Warsaw on 2023-06-16; previewed the
    // day before with memories of 1974 (Frankfurt, Hamburg).
    let lead = "Germany face Poland in a friendly on Friday.\n\n";
    for t in [
        "The Water Battle in Frankfurt has gone down in German football history.",
        "The 1-0 loss in Hamburg came ten minutes from time.",
    ] {
        no_false(&check(&format!("{lead}{t}"), "2023-06-15"));
    }
    // The fixture's own place is known beforehand: wrong, it is false.
    let r = check(
        &format!("{lead}Germany will face Poland in Frankfurt."),
        "2023-06-15",
    );
    assert_eq!(claim(&r, ClaimKind::Venue, "Frankfurt").0, Verdict::False);
    let r = check(
        &format!("{lead}Germany will face Poland in Warsaw."),
        "2023-06-15",
    );
    assert_eq!(claim(&r, ClaimKind::Venue, "Warsaw").0, Verdict::True);
}

#[test]
fn a_digression_to_another_match_runs_on_while_it_names_only_that_match() {
    // Euro 2024, Group F, 2024-06-26: Georgia 2-0 Portugal; Czech Republic
    // 1-2 Turkey (Çalhanoğlu 51', Souček 66', Tosun 90+4'). Turkey's earlier
    // 3-1 over Georgia had Aktürkoğlu among its scorers.
    let lead = "Georgia beat Portugal 2-0 in Gelsenkirchen to reach the last 16.\n\n\
                In the same group, Turkey secured second place with a 2-1 victory over the Czech Republic in Hamburg. ";
    let r = check(
        &format!("{lead}Cenk Tosun's stoppage-time goal sealed Turkey's win."),
        "2024-06-27",
    );
    assert_eq!(claim(&r, ClaimKind::Scorer, "Tosun").0, Verdict::True);
    let r = check(
        &format!("{lead}Kerem Aktürkoğlu's stoppage-time goal sealed Turkey's win."),
        "2024-06-27",
    );
    assert_eq!(claim(&r, ClaimKind::Scorer, "Aktürkoğlu").0, Verdict::False);
}

/// Words that name no claim of the kind read, each beside the plain
/// sentence (its twin) whose verdict must stand.
#[test]
fn words_that_say_something_else() {
    // (lead, day, sentence that must not be false, twin, kind, needle, twin's verdict)
    let cases: &[(&str, &str, &str, &str, ClaimKind, &str, Verdict)] = &[
        // Saudi Arabia 1-0 Japan, 2017-09-05: Al-Muwallad 63'.
        (
            "Saudi Arabia beat Japan 1-0 in Jeddah to qualify for the World Cup. ",
            "2017-09-06",
            "Al-Mayouf had to parry a volley from Hotaru Yamaguchi five minutes before the interval.",
            "Hotaru Yamaguchi scored five minutes before the interval.",
            ClaimKind::Minute,
            "Yamaguchi",
            Verdict::False,
        ),
        // Brazil 1-1 Chile, 2014: David Luiz 18', Sánchez 32'.
        (
            "Brazil and Chile drew 1-1 in Belo Horizonte in the World Cup round of 16. ",
            "2014-06-29",
            "Chile were level when Neymar lost the ball to Alexis Sanchez after 32 minutes.",
            "Neymar scored after 32 minutes.",
            ClaimKind::Minute,
            "Neymar",
            Verdict::False,
        ),
        // Hungary 3-3 Portugal, Euro 2016: Hungary had never beaten Portugal.
        (
            "Hungary and Portugal drew 3-3 in Lyon at Euro 2016. ",
            "2016-06-23",
            "Hungary are still yet to register a win over Portugal.",
            "Hungary beat Portugal 3-2.",
            ClaimKind::Result,
            "beat",
            Verdict::False,
        ),
        // Nigeria at the World Cup: semi-finals never reached.
        (
            "Nigeria lost 2-1 to Argentina in St Petersburg at the 2018 World Cup. ",
            "2018-06-27",
            "Nigeria have met Argentina in each of their last four appearances at the World Cup.",
            "Nigeria reached the last four of the 2018 World Cup.",
            ClaimKind::Stage,
            "last four",
            Verdict::False,
        ),
        // 1998: Nigeria beat Spain and Bulgaria; France won the World Cup.
        (
            "Nigeria lost 2-1 to Argentina in St Petersburg at the 2018 World Cup. ",
            "2018-06-27",
            "The only previous time Nigeria won back-to-back World Cup games was in 1998.",
            "Nigeria won the 1998 World Cup.",
            ClaimKind::Record,
            "1998",
            Verdict::False,
        ),
        // Argentina at Copa 2016 had won two World Cups (1978, 1986).
        (
            "Argentina beat Panama 5-0 at the Copa America in Chicago. ",
            "2016-06-11",
            "Batistuta scored 54 goals for the two-time world champions.",
            "Argentina are three-time world champions.",
            ClaimKind::Record,
            "three-time",
            Verdict::False,
        ),
        // Mexico went out in the round of 16 in 2018.
        (
            "Mexico lost 2-0 to Brazil in the round of 16 of the 2018 World Cup. ",
            "2018-07-03",
            "For the seventh consecutive World Cup, Mexico made it out of the group stage.",
            "Mexico went out in the group stage of the 2018 World Cup.",
            ClaimKind::Stage,
            "group stage",
            Verdict::False,
        ),
        // Nigeria 1-2 Argentina, 2018, Saint Petersburg.
        (
            "Nigeria lost 2-1 to Argentina at the 2018 World Cup. ",
            "2018-06-27",
            "Nigeria lost 2-1 to Argentina in St Petersburg.",
            "Nigeria lost 2-1 to Argentina in Moscow.",
            ClaimKind::Venue,
            "Moscow",
            Verdict::False,
        ),
        // United States 2-1 Colombia, 1994, Pasadena (California).
        (
            "The United States beat Colombia 2-1 at the 1994 World Cup. ",
            "1994-06-23",
            "The United States beat Colombia 2-1 in California.",
            "The United States beat Colombia 2-1 in Chicago.",
            ClaimKind::Venue,
            "Chicago",
            Verdict::False,
        ),
        // 2010 final, Spain 1-0 Netherlands (Iniesta 116'): Hierro had
        // retired in 2002; Villa played and did not score.
        (
            "Spain beat the Netherlands 1-0 in the 2010 World Cup final. ",
            "2010-07-12",
            "After taking the lead through a free kick from Fernando Hierro, Spain were pegged back.",
            "David Villa scored with a free kick in the final.",
            ClaimKind::Scorer,
            "Villa",
            Verdict::False,
        ),
        // 1998: Spain 0-0 Paraguay, then Spain 6-1 Bulgaria.
        (
            "Spain went out of the 1998 World Cup in the group stage. ",
            "1998-06-25",
            "Spain drew 0-0 with Paraguay before destroying Bulgaria 6-1.",
            "Spain drew 6-1 with Paraguay.",
            ClaimKind::Result,
            "6-1",
            Verdict::False,
        ),
        // Spain went into the 2009 semi-final 35 unbeaten and lost 2-0.
        (
            "The United States beat Spain 2-0 in the Confederations Cup semi-final in Bloemfontein. ",
            "2009-06-25",
            "Spain entered the match on a 35-match unbeaten streak.",
            "Spain entered the match on a 30-match unbeaten streak.",
            ClaimKind::Record,
            "unbeaten",
            Verdict::False,
        ),
        // Copa 2019: Venezuela 0-0 Peru on Saturday 15 June; their
        // quarter-final was on Friday 28 June.
        (
            "Venezuela drew 0-0 with Peru in Porto Alegre at the Copa America. ",
            "2019-06-23",
            "Second-placed Venezuela will face the runners-up of Group B on Friday at the Maracana.",
            "Venezuela drew with Peru on Friday in Porto Alegre.",
            ClaimKind::Date,
            "Friday",
            Verdict::False,
        ),
        // West Germany 3-3 France, 1982: Hrubesch's kick won the shoot-out
        // 5-4; he scored no goal in the match.
        (
            "West Germany and France drew 3-3 in Seville; the shootout went to sudden death after Rummenigge and Platini converted.\n\n",
            "1982-07-09",
            "After Horst Hrubesch made it 5-4 for West Germany, the pressure on Maxime Bossis was immense.",
            "Schumacher's foul on Battiston went unpunished. Horst Hrubesch scored for West Germany in extra time.",
            ClaimKind::Scorer,
            "Hrubesch",
            Verdict::False,
        ),
        // 1986: Spain 5-1 Denmark, Butragueño four; Müller scored 14 World
        // Cup goals before him.
        (
            "Spain beat Denmark 5-1 in Querétaro at the 1986 World Cup. ",
            "1986-06-19",
            "Emilio Butragueño equalled the World Cup scoring record of four goals in a game.",
            "Emilio Butragueño became the record World Cup scorer.",
            ClaimKind::Record,
            "record",
            Verdict::False,
        ),
        // 1990: Skuhravý's hat-trick against Costa Rica took him to five.
        (
            "Czechoslovakia beat Costa Rica 4-1 in Bari in the round of 16 of the 1990 World Cup. ",
            "1990-06-24",
            "Tomáš Skuhravý scored three times against Costa Rica to total five.",
            "Tomáš Skuhravý has scored three goals at the 1990 World Cup.",
            ClaimKind::Tally,
            "three",
            Verdict::False,
        ),
        // England 10-0 San Marino, 2021-11-15: Kane four before half-time,
        // twelve in the qualifying campaign.
        (
            "",
            "2021-11-16",
            "England signed off their World Cup qualifying group with a 10-0 rout of San Marino in Serravalle on Monday, Harry Kane scoring four times before half-time.",
            "England beat San Marino 10-0 in Serravalle in World Cup qualifying. Harry Kane scored 14 goals in qualifying.",
            ClaimKind::Tally,
            "14",
            Verdict::False,
        ),
        // Euro qualifying 2015: Spain 2-0 England; England had not won in
        // Spain since 1987 (4-2 in Madrid).
        (
            "Spain beat England 2-0 in Alicante in a friendly. ",
            "2015-11-14",
            "England have won in Spain for the first time since 1987.",
            "England beat Spain 2-0 in Alicante.",
            ClaimKind::Result,
            "beat Spain",
            Verdict::False,
        ),
        // 1970: Italy beat West Germany 4-3 in the semi-final; Brazil won
        // the World Cup.
        (
            "Italy and Germany meet again in a friendly. ",
            "2006-02-28",
            "Italy remember their 4-3 win in the 1970 World Cup semifinals.",
            "Italy won the 1970 World Cup.",
            ClaimKind::Record,
            "1970",
            Verdict::False,
        ),
        // Argentina 1-0 Brazil, Melbourne, 2017-06-09; the sides first met
        // in Buenos Aires in 1914.
        (
            "Brazil and Argentina meet in Melbourne in the Superclásico on Friday. ",
            "2017-06-08",
            "Brazil took on Argentina for the first time in a friendly clash in Buenos Aires.",
            "Brazil face Argentina in Buenos Aires on Friday.",
            ClaimKind::Venue,
            "Buenos Aires",
            Verdict::False,
        ),
    ];
    for (lead, day, quiet, twin, kind, needle, want) in cases {
        no_false(&check(&format!("{lead}{quiet}"), day));
        let r = check(&format!("{lead}{twin}"), day);
        assert_eq!(claim(&r, *kind, needle).0, *want, "{twin}");
    }
}

#[test]
fn a_table_in_a_preview_on_match_day_is_the_eves() {
    // Euro 2016 Group B before England v Wales on 2016-06-16: Wales 3
    // points (2-1 Slovakia), England 1 (1-1 Russia). After it, England led.
    let lead = "Wales face England in Lens in Group B of Euro 2016 today.\n\n";
    let r = check(
        &format!("{lead}Wales top Group B following their opening win over Slovakia."),
        "2016-06-16",
    );
    assert_eq!(claim(&r, ClaimKind::Standing, "top").0, Verdict::True);
    let r = check(&format!("{lead}Russia top Group B."), "2016-06-16");
    assert_eq!(claim(&r, ClaimKind::Standing, "top").0, Verdict::False);
}

#[test]
fn the_match_a_clause_writes_the_score_of() {
    // 2017-09-05 (a Tuesday): Saudi Arabia 1-0 Japan; Japan had beaten
    // Australia 2-0 on Thursday 2017-08-31.
    let lead = "Saudi Arabia 1 Japan 0: Al-Muwallad strike sends Saudis to Russia.\n\n";
    let v = |day: &str| {
        let r = check(
            &format!("{lead}Saudi Arabia sealed a place at the 2018 World Cup at the expense of Australia after beating Japan 1-0 on {day}."),
            "2017-09-06",
        );
        claim(&r, ClaimKind::Date, day).0
    };
    assert_eq!(v("Tuesday"), Verdict::True);
    assert_eq!(v("Thursday"), Verdict::False);
    // "took the lead" is a word of scoring: Jordan 1-1 Vietnam, Asian Cup
    // 2019, Jordan ahead in the 39th minute.
    let lead = "Vietnam beat Jordan 4-2 on penalties after a 1-1 draw in Dubai.\n\n";
    let v = |minute: &str| {
        let r = check(
            &format!("{lead}Jordan took the lead in the {minute} minute."),
            "2019-01-21",
        );
        claim(&r, ClaimKind::Minute, minute).0
    };
    assert_eq!(v("39th"), Verdict::True);
    assert_eq!(v("38th"), Verdict::False);
}

#[test]
fn made_it_two_nil_is_a_goal() {
    // Argentina 6-0 Serbia and Montenegro, 2006: Cambiasso's 31st-minute
    // goal made it 2-0.
    let lead =
        "Argentina beat Serbia and Montenegro 6-0 at the 2006 World Cup in Gelsenkirchen.\n\n";
    let v = |who: &str| {
        let r = check(
            &format!("{lead}{who} made it 2-0 after 31 minutes."),
            "2006-06-17",
        );
        claim(&r, ClaimKind::Minute, "31").0
    };
    assert_eq!(v("Esteban Cambiasso"), Verdict::True);
    assert_eq!(v("Carlos Tevez"), Verdict::False);
}

#[test]
fn cote_divoire_is_a_team_and_a_scene_set_in_a_country_is_a_place() {
    // AFCON 1970 in Sudan: Ivory Coast 6-1 Ethiopia (Pokou five).
    let lead = "Laurent Pokou scored eight goals at the 1970 Africa Cup of Nations.\n\n";
    let r = check(
        &format!("{lead}In Sudan, Pokou scored five goals in one match against Ethiopia, which Côte d'Ivoire won 6-1."),
        "2020-01-01",
    );
    no_false(&r);
    let r = check(
        &format!("{lead}Ethiopia beat Côte d'Ivoire 6-1 in Khartoum."),
        "2020-01-01",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "6-1").0, Verdict::False);
}

#[test]
fn minutes_counted_roughly_and_added_time_after_extra_time() {
    // 1966: Portugal 3-1 Brazil, Simões 15', Eusébio 27' and 85'.
    let lead = "Portugal beat Brazil 3-1 at Goodison Park at the 1966 World Cup.\n\nAntónio Simões opened the scoring in the 15th minute. ";
    let v = |gap: &str| {
        let r = check(
            &format!("{lead}Eusébio added a second {gap} minutes later."),
            "1966-07-20",
        );
        claim(&r, ClaimKind::Minute, "later").0
    };
    assert_eq!(v("ten"), Verdict::True);
    assert_eq!(v("three"), Verdict::False);
    // 2022 play-off: Algeria 1-2 Cameroon a.e.t., Toko Ekambi 120+4'.
    let lead = "Cameroon beat Algeria 2-1 after extra time in Blida to reach the World Cup.\n\n";
    let r = check(
        &format!("{lead}Karl Toko Ekambi scored in the fourth minute of added time at the end of extra time."),
        "2022-03-30",
    );
    no_false(&r);
    let r = check(
        &format!("{lead}Karl Toko Ekambi scored in the fourth minute of added time at the end of the first half."),
        "2022-03-30",
    );
    assert_eq!(claim(&r, ClaimKind::Minute, "fourth").0, Verdict::False);
}

#[test]
fn a_year_far_down_an_undated_article_does_not_date_it() {
    // Only the headline and lead date a report; "back in 1961" further down
    // is history.
    let text = "Chile beat Argentina in a World Cup qualifier.\n\n\
                The crowd was loud. The rain held off. The visitors tired late.\n\n\
                The sides had also met in a friendly back in 1961.";
    let r = check(text, "");
    assert_ne!(r.as_of.map(|d| d.year()), Some(1961));
    // In the lead, a year does date it.
    let r = check(
        "Chile beat Argentina in a 1961 friendly.\n\nThe crowd was loud.",
        "",
    );
    assert_eq!(r.as_of.map(|d| d.year()), Some(1961));
}

#[test]
fn minutes_said_once_and_a_possessive_penalty() {
    // Gold Cup 2015 final, Jamaica 1-3 Mexico: Guardado 31', Corona 46',
    // Peralta 60'.
    let lead = "Mexico beat Jamaica 3-1 in the Gold Cup final in Philadelphia.\n\n";
    let v = |a: &str, b: &str| {
        let r = check(
            &format!("{lead}Andrés Guardado scored in the 31st minute, Jesús Corona added another in the {a} and Oribe Peralta scored in the {b}."),
            "2015-07-28",
        );
        (
            claim(&r, ClaimKind::Minute, "Corona").0,
            claim(&r, ClaimKind::Minute, "Peralta").0,
        )
    };
    assert_eq!(v("46th", "60th"), (Verdict::True, Verdict::True));
    assert_eq!(v("47th", "61st"), (Verdict::False, Verdict::False));
    // England 3-3 Germany, 2022: Kane's penalty at 83'.
    let lead = "England drew 3-3 with Germany at Wembley in the Nations League.\n\n";
    let v = |m: &str| {
        let r = check(
            &format!("{lead}Harry Kane's {m} minute penalty then put the Three Lions in front."),
            "2022-09-27",
        );
        claim(&r, ClaimKind::Minute, m).0
    };
    assert_eq!(v("83rd"), Verdict::True);
    assert_eq!(v("82nd"), Verdict::False);
}

#[test]
fn the_winner_orients_an_undated_lead_and_a_possessive_owns_a_run() {
    // Italy 4-1 Germany, Florence, 2006-03-01; Germany 4-1 Italy, Munich,
    // 2016-03-29. The undated lead's winner picks the first.
    let r = check(
        "Italy routed Germany 4-1 in a friendly in Florence.\n\nThe hosts were ahead early.",
        "",
    );
    assert_eq!(
        r.as_of.map(|d| d.to_string()).as_deref(),
        Some("2006-03-01")
    );
    assert_eq!(claim(&r, ClaimKind::Result, "4-1").0, Verdict::True);
    // Copa América 2024 final: Colombia's run without defeat, 27 matches
    // in the data (28 in reports that count a friendly with an under-23
    // side), ended there.
    let v = |t: &str| {
        let r = check(
            &format!("Argentina beat Colombia 1-0 in the Copa America final.\n\n{t}"),
            "2024-07-15",
        );
        claim(&r, ClaimKind::Record, "unbeaten").0
    };
    assert_eq!(
        v("Argentina also ended Colombia's 27-game unbeaten streak."),
        Verdict::True
    );
    // A wrong count is never accepted (the owner is the object of "ended",
    // so the gate keeps it from false).
    assert_ne!(
        v("Argentina also ended Colombia's 30-game unbeaten streak."),
        Verdict::True
    );
}

#[test]
fn a_gap_counted_back_from_the_match_in_view_pins_the_recalled_match() {
    // Russia 3-1 Egypt was on 2018-06-19; Russia 5-0 Saudi Arabia on 06-14.
    let lead = "Russia beat Egypt 3-1 in St Petersburg on Tuesday to reach the last 16.";
    let r = check(
        &format!("{lead} Five days earlier the hosts had beaten Saudi Arabia 5-0 in Moscow."),
        "2018-06-20",
    );
    no_false(&r);
    assert_eq!(claim(&r, ClaimKind::Result, "5-0").0, Verdict::True);
    // The same gap with the wrong score is a proof.
    let r = check(
        &format!("{lead} Five days earlier the hosts had beaten Saudi Arabia 3-0 in Moscow."),
        "2018-06-20",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "3-0").0, Verdict::False);
    // A gap that lands on no meeting of the two leaves the match unsure.
    let r = check(
        &format!("{lead} Two weeks earlier the hosts had beaten Saudi Arabia 3-0 in Moscow."),
        "2018-06-20",
    );
    assert_ne!(claim(&r, ClaimKind::Result, "3-0").0, Verdict::False);
}

#[test]
fn a_coming_fixture_and_a_recalled_stage_each_keep_their_own_place() {
    // Euro 2016: Portugal 2-0 Wales (07-06, Lyon), then the final with France
    // at the Stade de France. Euro 2000: France 2-1 Portugal in the
    // semi-final, in Brussels.
    let text = |city: &str| {
        format!(
            "Portugal beat Wales 2-0 in Lyon on Wednesday. Portugal will face France at the \
             Stade de France on Sunday, a rematch of the 2000 semi-final, which France won \
             2-1 in {city}."
        )
    };
    let r = check(&text("Brussels"), "2016-07-07");
    no_false(&r);
    assert_eq!(
        claim(&r, ClaimKind::Venue, "Stade de France").0,
        Verdict::True
    );
    assert_eq!(claim(&r, ClaimKind::Venue, "Brussels").0, Verdict::True);
    assert_eq!(claim(&r, ClaimKind::Date, "Sunday").0, Verdict::True);
    let r = check(&text("Amsterdam"), "2016-07-07");
    assert_eq!(claim(&r, ClaimKind::Venue, "Amsterdam").0, Verdict::False);
    assert_eq!(
        claim(&r, ClaimKind::Venue, "Stade de France").0,
        Verdict::True
    );
}

#[test]
fn a_preview_headline_names_the_match_of_its_day() {
    // 2022-12-02: Ghana 0-2 Uruguay at Al Janoub; the sides' 2010
    // quarter-final, recalled below, was in Johannesburg.
    let text = |ground: &str| {
        format!(
            "Uruguay v Ghana, Group H\n\nWhere: {ground}\n\nTwelve years ago Luis Suarez \
             handled on the line in the 2010 World Cup quarter-final."
        )
    };
    let r = check(&text("Al Janoub Stadium"), "2022-12-02");
    no_false(&r);
    assert_eq!(claim(&r, ClaimKind::Venue, "Al Janoub").0, Verdict::True);
    let r = check(&text("Al Bayt Stadium"), "2022-12-02");
    assert_eq!(claim(&r, ClaimKind::Venue, "Al Bayt").0, Verdict::False);
}

#[test]
fn a_later_meeting_recalled_by_a_gap_or_a_year_is_not_the_match_in_view() {
    // England 3-2 Cameroon a.e.t. (1990 quarter-final); England 2-0 Cameroon,
    // friendly at Wembley, 1991-02-06.
    let lead = "England beat Cameroon 3-2 after extra time in Naples in the quarter-final.";
    let r = check(
        &format!("{lead} The Cameroonians came to Wembley seven months later, losing 2-0."),
        "1990-07-02",
    );
    no_false(&r);
    // Told of the same match, the wrong score is false.
    let r = check(
        &format!("{lead} In the end the Cameroonians lost 2-0."),
        "1990-07-02",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "2-0").0, Verdict::False);
    // An undated history of a rivalry, dated by its 1974 lead: "until 1988"
    // is the Euro 1988 semi-final, which the Netherlands won.
    let history = "The rivalry began in 1974, when West Germany beat the Netherlands 2-1 in the \
                   World Cup final. It took the Dutch until 1988 to";
    let r = check(&format!("{history} beat the Germans."), "");
    no_false(&r);
    assert_eq!(claim(&r, ClaimKind::Result, "Germans").0, Verdict::True);
    // In 1989 they only drew (1-1 in Rotterdam).
    let history = history.replace("1988", "1989");
    let r = check(&format!("{history} beat the Germans."), "");
    assert_ne!(claim(&r, ClaimKind::Result, "Germans").0, Verdict::True);
}

#[test]
fn a_season_across_two_years_is_no_calendar_years_count() {
    // The 1927-28 British Home Championship ran from October 1927 to March
    // 1928; the data holds it as editions of 1927 and 1928.
    let r = check(
        "The 1928 British Home Championship table showed Wales with 5 points from 3 games.",
        "2013-10-22",
    );
    no_false(&r);
    assert_eq!(
        claim(&r, ClaimKind::Tally, "3 games").1,
        Some("season_split")
    );
    // "in 1928" after the competition names the same edition.
    let r = check(
        "The table of the British Home Championship in 1928 showed Wales with 5 points from 3 games.",
        "2013-10-22",
    );
    assert_eq!(
        claim(&r, ClaimKind::Tally, "3 games").1,
        Some("season_split")
    );
    // A tournament played within one year keeps its proof: England conceded
    // 4 at the 2022 World Cup.
    let r = check(
        "England scored 13 goals and conceded three in five games at the 2022 World Cup.",
        "2022-12-12",
    );
    assert_eq!(claim(&r, ClaimKind::Tally, "three").0, Verdict::False);
}

#[test]
fn a_date_in_the_lead_dates_the_teams_named_after_it() {
    // 1970-06-14: Soviet Union 0-1 Uruguay a.e.t. (Espárrago 117'), at the
    // Azteca; the sides also met at the 2018 World Cup.
    let lead = "The quarter-final kicked off on June 14, 1970, at the Azteca. The USSR had been \
                brilliant in the group stage, while Uruguay had been defensive. After a goalless \
                90 minutes, the game went to extra time. Early in extra time Anatoliy Byshovets \
                scored a goal that was later ruled offside.";
    let r = check(&format!("{lead} Uruguay won the match 1-0."), "2020-06-14");
    no_false(&r);
    assert_eq!(claim(&r, ClaimKind::Result, "1-0").0, Verdict::True);
    let r = check(
        &format!("{lead} Uruguay beat the Soviet Union 2-0."),
        "2020-06-14",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "2-0").0, Verdict::False);
}

#[test]
fn round_figures_legs_and_goals_that_did_not_stand() {
    // 1970 final, Brazil 4-1 Italy: Pelé 18', Boninsegna 37', Gérson 66',
    // Jairzinho 71', Carlos Alberto 86'.
    let lead = "Brazil beat Italy 4-1 in the 1970 World Cup final in Mexico City.";
    let day = "1970-06-22";
    // "after twenty minutes" is a round figure for 18'; "after 20 minutes"
    // is not far enough off to prove; "after 30 minutes" is.
    let r = check(
        &format!("{lead} Pele opened the scoring after twenty minutes."),
        day,
    );
    no_false(&r);
    let r = check(
        &format!("{lead} Pele opened the scoring after 30 minutes."),
        day,
    );
    assert_eq!(claim(&r, ClaimKind::Minute, "30").0, Verdict::False);
    // A goal the sentence says was overturned is no claim of a goal.
    let r = check(
        &format!("{lead} Roberto Boninsegna had a second goal overturned."),
        day,
    );
    no_false(&r);
    // Slovenia v Russia, 2010 play-off: Russia 2-1 Slovenia (first leg,
    // Bilyaletdinov 40', 52', Pečnik 88'), Slovenia 1-0 Russia (second leg).
    let lead = "Slovenia beat Russia 1-0 in the second leg of the play-off in Maribor.";
    let day = "2009-11-19";
    let r = check(
        &format!(
            "{lead} Diniyar Bilyaletdinov had scored twice in the first match before Nejc \
             Pecnik's goal two minutes from time."
        ),
        day,
    );
    no_false(&r);
    let r = check(
        &format!("{lead} Diniyar Bilyaletdinov scored twice in the second leg."),
        day,
    );
    assert_eq!(
        claim(&r, ClaimKind::Scorer, "Bilyaletdinov").0,
        Verdict::False
    );
}

#[test]
fn a_goal_before_a_shoot_out_and_a_score_after_half_time() {
    // 2022 quarter-final: Croatia 1-1 Brazil a.e.t. (Neymar 105+1',
    // Petković 117'), Croatia won 4-2 on penalties; Petković took a kick too.
    let lead = "Croatia beat Brazil on penalties in the World Cup quarter-final.";
    let r = check(
        &format!(
            "{lead} Bruno Petkovic scored an equaliser in the final moments and took the match to penalties."
        ),
        "2022-12-10",
    );
    no_false(&r);
    // 2010 quarter-final: Netherlands 2-1 Brazil, Brazil led 1-0 at half-time.
    let r = check(
        "Holland rallied from a goal down at half time to triumph 2-1 against Brazil at the 2010 World Cup.",
        "2010-07-03",
    );
    no_false(&r);
    let r = check(
        "Holland led Brazil 1-0 at half time at the 2010 World Cup quarter-final.",
        "2010-07-03",
    );
    assert_eq!(claim(&r, ClaimKind::Score, "1-0").0, Verdict::False);
}

#[test]
fn the_finals_named_after_a_count_and_the_clause_after_a_gerund() {
    // Euro 2024: Belgium scored 22 in eight qualifiers, 2 in four matches
    // at the finals; Georgia 2-0 Portugal was on Wednesday 2024-06-26.
    let day = "2024-07-02";
    let r = check(
        "Belgium, who found the net 22 times in eight qualifiers, scored only twice in four matches at the Euro 2024 finals.",
        day,
    );
    no_false(&r);
    let r = check(
        "Belgium, who found the net 22 times in eight qualifiers, scored only once in four matches at the Euro 2024 finals.",
        day,
    );
    assert_eq!(claim(&r, ClaimKind::Tally, "once").0, Verdict::False);
    let lead =
        "Portugal had a perfect qualifying campaign. At the finals, after beating the Czech \
                Republic and Turkey they lost 2-0 to Georgia in Gelsenkirchen on";
    let r = check(&format!("{lead} Wednesday."), "2024-06-27");
    no_false(&r);
    let r = check(&format!("{lead} Tuesday."), "2024-06-27");
    assert_eq!(claim(&r, ClaimKind::Date, "Tuesday").0, Verdict::False);
}

#[test]
fn asides_that_look_like_claims() {
    // 1993-06-09, U.S. Cup: United States 2-0 England; 1950 World Cup:
    // England 0-1 United States.
    let r = check(
        "On June 9, 1993, the United States held on for a 2-0 victory over England, its first \
         triumph over the English since the 1950 World Cup. It's only one game, a year before \
         the World Cup.",
        "1993-06-10",
    );
    no_false(&r);
    assert_eq!(claim(&r, ClaimKind::Result, "2-0").0, Verdict::True);
    let r = check(
        "On June 9, 1993, the United States held on for a 3-0 victory over England, its first \
         triumph over the English since the 1950 World Cup.",
        "1993-06-10",
    );
    assert_eq!(claim(&r, ClaimKind::Result, "3-0").0, Verdict::False);
    // World Cup 2002: Germany had conceded one goal in four matches before
    // the quarter-final with the United States.
    let lead = "Germany beat Paraguay 1-0 to reach the World Cup quarter-finals.";
    let r = check(
        &format!("{lead} The Germans have given up just one goal in their four tournament games."),
        "2002-06-16",
    );
    no_false(&r);
    let r = check(
        &format!(
            "{lead} The Germans have given up just three goals in their four tournament games."
        ),
        "2002-06-16",
    );
    assert_eq!(claim(&r, ClaimKind::Tally, "three").0, Verdict::False);
}

#[test]
fn a_headline_score_with_spaces_dates_an_undated_report() {
    // Copa América 2015 quarter-final: Chile 1-0 Uruguay (Isla); Uruguay
    // beat Chile 1-0 in 2019 too, so the headline's order picks the match.
    let text = |minute: &str| {
        format!(
            "Chile 1 - 0 Uruguay\n\nHosts Chile moved into the Copa America semi-finals as \
             Mauricio Isla's late winner knocked out holders Uruguay. Uruguay held out until the \
             {minute} minute when Isla fired home from 16 yards."
        )
    };
    let r = check(&text("80th"), "");
    assert_eq!(r.as_of.map(|d| d.to_string()), Some("2015-06-24".into()));
    no_false(&r);
    let r = check(&text("70th"), "");
    assert_eq!(claim(&r, ClaimKind::Minute, "70th").0, Verdict::False);
}

#[test]
fn what_did_not_happen_and_what_is_still_to_come() {
    // World Cup 2014: Costa Rica 3-1 Uruguay; Suárez was left on the bench.
    let lead = "Costa Rica beat Uruguay 3-1 in Fortaleza.";
    let r = check(
        &format!("{lead} Uruguay did not use substitute Luis Suarez, protected on the bench."),
        "2014-06-15",
    );
    no_false(&r);
    let r = check(
        &format!("{lead} Uruguay brought on substitute Luis Suarez in the second half."),
        "2014-06-15",
    );
    assert_eq!(claim(&r, ClaimKind::Other, "Suarez").0, Verdict::False);
    // Euro 2016: Portugal's knockout run brought five goals (Quaresma,
    // Sanches, Ronaldo, Nani, Eder).
    let lead = "Portugal beat France 1-0 after extra time in the Euro 2016 final.";
    let r = check(
        &format!("{lead} Portugal's knockout run brought five goals."),
        "2016-07-11",
    );
    no_false(&r);
    let r = check(
        &format!("{lead} Portugal's knockout run brought only three goals."),
        "2016-07-11",
    );
    assert_eq!(claim(&r, ClaimKind::Tally, "three").0, Verdict::False);
    // 1958: Northern Ireland 2-1 Czechoslovakia a.e.t. on Tuesday 06-17;
    // "to fight again, on Thursday" is the quarter-final still to come.
    let r = check(
        "Northern Ireland beat Czechoslovakia 2-1 after extra time in Malmo. Ireland deserved to \
         fight again, on Thursday.",
        "1958-06-18",
    );
    no_false(&r);
}

#[test]
fn a_lead_pinned_by_its_year_outlasts_a_recalled_meeting_of_another_year() {
    // 2022-06-13: Australia 0-0 Peru, Australia won on penalties (the data
    // has no kick count); 2018-06-26: Australia 0-2 Peru.
    let text = |old: &str| {
        format!(
            "Australia beat Peru in a penalty shootout on Monday to secure a place at the 2022 \
             World Cup finals. Peru's Alex Valera missed his side's sixth penalty, giving \
             Australia a 5-4 win. Peru had beaten Australia {old} at the 2018 World Cup."
        )
    };
    let r = check(&text("2-0"), "");
    assert_eq!(r.as_of.map(|d| d.to_string()), Some("2022-06-13".into()));
    no_false(&r);
    let r = check(&text("3-0"), "");
    assert_eq!(claim(&r, ClaimKind::Result, "3-0").0, Verdict::False);
}
