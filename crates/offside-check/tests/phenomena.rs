//! One short sentence per phenomenon, in our own words, checked against the
//! real data. Each asserts the verdict of the claim the sentence makes, so a
//! rule that stops firing, or fires the wrong way, fails here.

mod common;

use common::{check, no_false};
use offside_check::{ClaimKind, Report, Verdict};

/// The verdict of the claim of `kind` whose text contains `needle`.
fn verdict(r: &Report, kind: ClaimKind, needle: &str) -> Verdict {
    let found: Vec<_> = r
        .claims
        .iter()
        .filter(|c| c.kind == kind && c.text.contains(needle))
        .collect();
    assert!(
        !found.is_empty(),
        "no {kind:?} claim containing {needle:?}; got {:#?}",
        r.claims
    );
    found[0].verdict
}

#[test]
fn result_with_the_winner_first() {
    let r = check(
        "England beat Wales 3-0 at the 2022 World Cup.",
        "2022-12-01",
    );
    assert_eq!(verdict(&r, ClaimKind::Result, "3-0"), Verdict::True);
    let r = check(
        "England beat Wales 2-0 at the 2022 World Cup.",
        "2022-12-01",
    );
    assert_eq!(verdict(&r, ClaimKind::Result, "2-0"), Verdict::False);
}

#[test]
fn result_from_the_losers_side() {
    let r = check(
        "England went out of the 2022 World Cup after losing 2-1 to France.",
        "2022-12-12",
    );
    assert_eq!(verdict(&r, ClaimKind::Result, "2-1"), Verdict::True);
}

#[test]
fn goalless_draw() {
    let r = check(
        "At the 2022 World Cup, England played out a goalless draw with the USA.",
        "2022-12-01",
    );
    assert_eq!(verdict(&r, ClaimKind::Result, "goalless"), Verdict::True);
}

#[test]
fn score_written_between_the_teams() {
    let r = check(
        "Brazil 1-7 Germany was the 2014 World Cup's first semi-final.",
        "2014-07-09",
    );
    assert_eq!(verdict(&r, ClaimKind::Score, "1-7"), Verdict::True);
}

#[test]
fn tallies_over_a_tournament_and_a_stage() {
    let r = check(
        "England netted 13 goals at the 2022 World Cup but let in three in five matches, nine of them in the group stage.",
        "2022-12-12",
    );
    assert_eq!(verdict(&r, ClaimKind::Tally, "13 goals"), Verdict::True);
    assert_eq!(verdict(&r, ClaimKind::Tally, "five matches"), Verdict::True);
}

#[test]
fn conceded_tally_is_false_when_wrong() {
    let r = check(
        "At the 2022 World Cup England conceded only three goals.",
        "2022-12-12",
    );
    assert_eq!(verdict(&r, ClaimKind::Tally, "three"), Verdict::False);
}

#[test]
fn as_of_date_limits_a_tally() {
    // Before the quarter-final England had scored 12 in four games.
    let r = check(
        "England have scored 12 goals in four games at the 2022 World Cup.",
        "2022-12-08",
    );
    assert_eq!(verdict(&r, ClaimKind::Tally, "12 goals"), Verdict::True);
    assert_eq!(verdict(&r, ClaimKind::Tally, "four games"), Verdict::True);
}

#[test]
fn scorer_count_and_hat_trick() {
    let r = check("Argentina and France drew 3-3 in the 2022 World Cup final. Kylian Mbappé scored a hat-trick.", "2022-12-19");
    assert_eq!(verdict(&r, ClaimKind::Scorer, "Mbappé"), Verdict::True);
    let r = check("Argentina and France drew 3-3 in the 2022 World Cup final. Lionel Messi scored a hat-trick.", "2022-12-19");
    assert_eq!(verdict(&r, ClaimKind::Scorer, "Messi"), Verdict::False);
}

#[test]
fn minute_in_stoppage_time() {
    let r = check(
        "England beat Iran 6-2. Mehdi Taremi converted a penalty in the 13th minute of added time.",
        "2022-11-22",
    );
    assert_eq!(verdict(&r, ClaimKind::Minute, "13th minute"), Verdict::True);
}

#[test]
fn wrong_minute_is_false() {
    let r = check("France beat Croatia 4-2 in the 2018 World Cup final. Paul Pogba scored in the 61st minute.", "2018-07-16");
    assert_eq!(verdict(&r, ClaimKind::Minute, "61st"), Verdict::False);
}

#[test]
fn minute_disagreement_between_sources_is_true() {
    // goalscorers.csv says 109, openfootball 108: either is right.
    for minute in ["108th", "109th"] {
        let text = format!("Argentina drew 3-3 with France in the 2022 World Cup final. Lionel Messi scored in the {minute} minute.");
        let r = check(&text, "2022-12-19");
        assert_eq!(
            verdict(&r, ClaimKind::Minute, minute),
            Verdict::True,
            "{minute}"
        );
    }
}

#[test]
fn penalty_from_the_spot() {
    let r = check("France beat England 2-1 in the 2022 World Cup quarter-final. Harry Kane scored from the spot.", "2022-12-11");
    assert_eq!(verdict(&r, ClaimKind::Penalty, "Kane"), Verdict::True);
}

#[test]
fn missed_penalty_is_unverifiable() {
    let r = check("France beat England 2-1 in the 2022 World Cup quarter-final. Harry Kane missed a penalty late on.", "2022-12-11");
    no_false(&r);
    assert!(r.claims.iter().any(|c| c.verdict == Verdict::Unverifiable));
}

#[test]
fn own_goal() {
    let r = check("France beat Croatia 4-2 in the 2018 World Cup final. Mario Mandzukic put the ball into his own net.", "2018-07-16");
    assert_eq!(verdict(&r, ClaimKind::OwnGoal, "Mandzukic"), Verdict::True);
}

#[test]
fn shootout_winner_and_score() {
    let r = check(
        "Argentina beat France 4-2 on penalties in the 2022 World Cup final.",
        "2022-12-19",
    );
    assert_eq!(verdict(&r, ClaimKind::Shootout, "penalties"), Verdict::True);
    let r = check(
        "France beat Argentina on penalties in the 2022 World Cup final.",
        "2022-12-19",
    );
    assert_eq!(
        verdict(&r, ClaimKind::Shootout, "penalties"),
        Verdict::False
    );
}

#[test]
fn stage_of_a_match() {
    let r = check(
        "England lost to France in the last eight of the 2022 World Cup.",
        "2022-12-12",
    );
    assert_eq!(verdict(&r, ClaimKind::Stage, "last eight"), Verdict::True);
    let r = check(
        "England lost to France in the semi-finals of the 2022 World Cup.",
        "2022-12-12",
    );
    assert_eq!(verdict(&r, ClaimKind::Stage, "semi"), Verdict::False);
}

#[test]
fn how_far_a_team_went() {
    let r = check(
        "In 2018 England reached the semi-finals of the World Cup.",
        "2018-07-20",
    );
    assert_eq!(verdict(&r, ClaimKind::Stage, "semi"), Verdict::True);
    let r = check(
        "Germany suffered a group-stage exit at the 2018 World Cup.",
        "2018-07-20",
    );
    assert_eq!(verdict(&r, ClaimKind::Stage, "group"), Verdict::True);
}

#[test]
fn group_standing_and_points() {
    let r = check(
        "England topped Group B at the 2022 World Cup with seven points.",
        "2022-12-01",
    );
    assert_eq!(verdict(&r, ClaimKind::Standing, "Group B"), Verdict::True);
    let r = check(
        "England topped Group B at the 2022 World Cup with nine points.",
        "2022-12-01",
    );
    assert_eq!(verdict(&r, ClaimKind::Standing, "Group B"), Verdict::False);
}

#[test]
fn weekday_and_date_of_a_match() {
    let r = check(
        "England face France in the World Cup quarter-final on Saturday (December 10).",
        "2022-12-08",
    );
    assert_eq!(verdict(&r, ClaimKind::Date, "Saturday"), Verdict::True);
    let r = check(
        "England face France in the World Cup quarter-final on Monday.",
        "2022-12-08",
    );
    assert_eq!(verdict(&r, ClaimKind::Date, "Monday"), Verdict::False);
    // One day later may be the date where the article was published (P4).
    let r = check(
        "England face France in the World Cup quarter-final on Sunday.",
        "2022-12-08",
    );
    assert_eq!(
        verdict(&r, ClaimKind::Date, "Sunday"),
        Verdict::Unverifiable
    );
}

#[test]
fn venue_city_and_stadium() {
    let r = check(
        "Germany thrashed Brazil 7-1 in Belo Horizonte at the 2014 World Cup.",
        "2014-07-09",
    );
    assert_eq!(
        verdict(&r, ClaimKind::Venue, "Belo Horizonte"),
        Verdict::True
    );
}

#[test]
fn holders_and_title_counts() {
    let r = check(
        "England lost 2-1 to defending champions France at the 2022 World Cup.",
        "2022-12-11",
    );
    assert_eq!(
        verdict(&r, ClaimKind::Record, "defending champions"),
        Verdict::True
    );
    let r = check(
        "Japan stunned four-time champions Germany at the 2022 World Cup.",
        "2022-11-24",
    );
    assert_eq!(verdict(&r, ClaimKind::Record, "four-time"), Verdict::True);
    let r = check(
        "Argentina won their third World Cup title in 2022.",
        "2022-12-19",
    );
    assert_eq!(verdict(&r, ClaimKind::Record, "third"), Verdict::True);
    let r = check(
        "Argentina won their fourth World Cup title in 2022.",
        "2022-12-19",
    );
    assert_eq!(verdict(&r, ClaimKind::Record, "fourth"), Verdict::False);
}

#[test]
fn editions_won() {
    let r = check(
        "Spain won the 2008 and 2012 European Championships.",
        "2024-01-01",
    );
    no_false(&r);
    assert_eq!(
        r.claims
            .iter()
            .filter(|c| c.kind == ClaimKind::Record && c.verdict == Verdict::True)
            .count(),
        2
    );
}

#[test]
fn head_to_head_meetings() {
    let r = check(
        "England and France have met twice at World Cups, with England winning on both occasions.",
        "2022-12-08",
    );
    assert_eq!(
        verdict(&r, ClaimKind::HeadToHead, "both occasions"),
        Verdict::True
    );
}

#[test]
fn undated_article_is_judged_at_its_own_date() {
    // Written about 2014: Klose's record must not be judged against 2022.
    let r = check(
        "On July 8, 2014 Germany beat Brazil 7-1 and Miroslav Klose broke the World Cup scoring record.",
        "",
    );
    assert_eq!(
        r.as_of.map(|d| d.to_string()).as_deref(),
        Some("2014-07-08")
    );
    assert_eq!(verdict(&r, ClaimKind::Record, "record"), Verdict::True);
}

#[test]
fn clubs_ages_and_managers_are_never_false() {
    let r = check(
        "Real Madrid midfielder Jude Bellingham, 19, was comforted by manager Gareth Southgate after England lost to France at the 2022 World Cup.",
        "2022-12-12",
    );
    no_false(&r);
}

#[test]
fn shootout_winner_named_in_a_later_clause() {
    let r = check(
        "In the quarter-finals the Netherlands drew 2-2 with Argentina after extra time, and Argentina won the shoot-out 4-3.",
        "2022-12-19",
    );
    assert_eq!(verdict(&r, ClaimKind::Shootout, "shoot-out"), Verdict::True);
}

#[test]
fn passive_and_perfect_result_verbs() {
    let r = check("Costa Rica beat Japan 1-0, four days after being thrashed 7-0 by Spain at the 2022 World Cup.", "2022-11-28");
    no_false(&r);
    let r = check(
        "Japan, who had beaten Germany 2-1 at the 2022 World Cup, lost to Costa Rica.",
        "2022-11-28",
    );
    assert_eq!(verdict(&r, ClaimKind::Result, "2-1"), Verdict::True);
}

#[test]
fn including_describes_one_goal_and_units_carry_over() {
    let r = check("Argentina drew 3-3 with France in the World Cup final. Lionel Messi scored twice, including a first-half penalty.", "2022-12-19");
    assert_eq!(verdict(&r, ClaimKind::Penalty, "twice"), Verdict::True);
    let r = check("Messi finished the 2022 World Cup with seven goals, one behind Mbappe, who finished with nine.", "2022-12-19");
    assert_eq!(verdict(&r, ClaimKind::Tally, "seven"), Verdict::True);
    assert_eq!(verdict(&r, ClaimKind::Tally, "nine"), Verdict::False);
}

#[test]
fn titles_for_the_nth_time_and_finals_in_a_row() {
    let r = check(
        "Brazil won the Copa America for the ninth time, beating Peru 3-1 in the final.",
        "2019-07-08",
    );
    assert_eq!(
        verdict(&r, ClaimKind::Record, "Copa America"),
        Verdict::True
    );
    let r = check(
        "France reached their second successive World Cup final by beating Morocco 2-0.",
        "2022-12-15",
    );
    assert_eq!(verdict(&r, ClaimKind::Record, "successive"), Verdict::True);
}

#[test]
fn counts_out_of_a_total() {
    let r = check(
        "At the 2019 Copa America, Brazil won five of their six matches.",
        "2019-07-08",
    );
    assert_eq!(verdict(&r, ClaimKind::Tally, "five"), Verdict::False);
}

#[test]
fn edition_year_is_not_the_year_played() {
    let r = check(
        "Scotland lost 2-0 to the Czech Republic at Euro 2020.",
        "2021-07-12",
    );
    assert_eq!(verdict(&r, ClaimKind::Result, "2-0"), Verdict::True);
}

#[test]
fn names_with_and_and_hyphens() {
    let r = check(
        "At Euro 2024, Portugal thrashed Turkey 3-0 and fell 2-0 to Georgia.",
        "2024-07-15",
    );
    no_false(&r);
    assert_eq!(
        r.claims
            .iter()
            .filter(|c| c.kind == ClaimKind::Result)
            .count(),
        2
    );
    let r = check(
        "South Korea lost 3-2 to Ghana at the 2022 World Cup. Cho Gue-sung scored twice.",
        "2022-11-29",
    );
    assert_eq!(verdict(&r, ClaimKind::Scorer, "Cho"), Verdict::True);
}

#[test]
fn perfect_tense_shootouts_and_record_tallies() {
    let r = check("Argentina had beaten the Netherlands on penalties in the other semi-final of the 2014 World Cup.", "2014-07-14");
    assert_eq!(verdict(&r, ClaimKind::Shootout, "penalties"), Verdict::True);
    let r = check("Germany won the 2014 World Cup. Miroslav Klose ended the tournament as the competition's record scorer with 16 goals.", "2014-07-14");
    no_false(&r);
}

#[test]
fn standings_context_does_not_name_a_match() {
    let r = check(
        "Australia beat Denmark 1-0 at the 2022 World Cup. Mathew Leckie struck in the 60th minute to send the Socceroos through as runners-up in Group D behind France, who lost 1-0 to Tunisia.",
        "2022-11-30",
    );
    no_false(&r);
    assert_eq!(verdict(&r, ClaimKind::Minute, "60th"), Verdict::True);
}

#[test]
fn adverbs_before_minutes_and_runs_written_after() {
    let r = check("Italy drew 1-1 with England in the Euro 2020 final. Luke Shaw gave England the lead after just two minutes.", "2021-07-12");
    assert_eq!(verdict(&r, ClaimKind::Minute, "two minutes"), Verdict::True);
    let r = check("Italy drew 1-1 with England in the Euro 2020 final and extended their unbeaten run to 34 games.", "2021-07-12");
    assert_eq!(verdict(&r, ClaimKind::Record, "34"), Verdict::True);
}

#[test]
fn a_match_day_preview_counts_goals_before_kick_off() {
    // Dated the day of the semi-final, in which Messi scored his fifth.
    let r = check(
        "Lionel Messi has scored four goals at the 2022 World Cup.",
        "2022-12-13",
    );
    assert_eq!(verdict(&r, ClaimKind::Tally, "four goals"), Verdict::True);
    let r = check(
        "Lionel Messi has scored six goals at the 2022 World Cup.",
        "2022-12-13",
    );
    assert_eq!(verdict(&r, ClaimKind::Tally, "six goals"), Verdict::False);
}

#[test]
fn a_players_nth_tournament_is_not_a_title() {
    let r = check(
        "Lionel Messi is playing in his fifth World Cup.",
        "2022-12-13",
    );
    assert!(
        r.claims.iter().all(|c| !c.text.contains("fifth")),
        "{:#?}",
        r.claims
    );
    let r = check("Argentina won their fifth World Cup in 2022.", "2022-12-20");
    assert_eq!(verdict(&r, ClaimKind::Record, "fifth"), Verdict::False);
}

#[test]
fn a_stage_with_a_year_is_that_years_meeting() {
    let r = check(
        "Argentina face Croatia on Tuesday, having lost 3-0 to them in the group stage in 2018.",
        "2022-12-13",
    );
    assert_eq!(verdict(&r, ClaimKind::Stage, "group stage"), Verdict::True);
    // "them" is Croatia: a pronoun object is not its own clause's subject.
    assert_eq!(verdict(&r, ClaimKind::Result, "lost 3-0"), Verdict::True);
    let r = check(
        "Argentina face Croatia on Tuesday, who beat them 3-0 in 2018.",
        "2022-12-13",
    );
    assert_eq!(verdict(&r, ClaimKind::Result, "beat them"), Verdict::True);
    let r = check(
        "Argentina face Croatia on Tuesday, having lost 3-0 to them in the round of 16 in 2018.",
        "2022-12-13",
    );
    assert_eq!(verdict(&r, ClaimKind::Stage, "round of 16"), Verdict::False);
}

#[test]
fn years_ago_names_the_year_of_a_meeting() {
    // The Euro 2020 final was played in July 2021.
    let r = check(
        "England lost to Italy on penalties three years ago.",
        "2024-07-15",
    );
    assert_eq!(
        verdict(&r, ClaimKind::Result, "lost to Italy"),
        Verdict::True
    );
    let r = check("England beat Italy three years ago.", "2024-07-15");
    assert_eq!(verdict(&r, ClaimKind::Result, "beat Italy"), Verdict::False);
}

#[test]
fn a_pronoun_means_the_team_acting_in_its_own_sentence() {
    // The previous sentence's subject (Spain) is not who "they" are here.
    let r = check(
        "Spain beat England 2-1 in the Euro 2024 final. It was England's second final defeat, after they lost to Italy at Wembley three years ago.",
        "2024-07-15",
    );
    assert_eq!(
        verdict(&r, ClaimKind::Result, "lost to Italy"),
        Verdict::True
    );
    assert_eq!(verdict(&r, ClaimKind::Venue, "Wembley"), Verdict::True);
}

#[test]
fn a_retrospective_is_about_the_match_its_lead_dates_back() {
    // Dated three days after Germany's Euro 2024 exit, about 2014.
    let lead = "A decade ago Germany beat Brazil 7-1 in the World Cup semi-final.";
    let r = check(
        &format!("{lead} Toni Kroos scored twice as Germany led 5-0 at half-time."),
        "2024-07-08",
    );
    assert_eq!(verdict(&r, ClaimKind::Result, "7-1"), Verdict::True);
    assert_eq!(verdict(&r, ClaimKind::Scorer, "Kroos"), Verdict::True);
    assert_eq!(verdict(&r, ClaimKind::Score, "5-0"), Verdict::True);
    let r = check(
        &format!("{lead} Germany led 4-0 at half-time."),
        "2024-07-08",
    );
    assert_eq!(verdict(&r, ClaimKind::Score, "4-0"), Verdict::False);
}

#[test]
fn the_hosts_are_the_team_that_played_at_home() {
    // Ivory Coast hosted the 2023 Africa Cup of Nations (played in 2024).
    let r = check(
        "At the Africa Cup of Nations the hosts lost 4-0 to Equatorial Guinea in the group stage.",
        "2024-02-12",
    );
    assert_eq!(verdict(&r, ClaimKind::Result, "4-0"), Verdict::True);
    let r = check(
        "At the Africa Cup of Nations the hosts lost 3-0 to Equatorial Guinea in the group stage.",
        "2024-02-12",
    );
    assert_eq!(verdict(&r, ClaimKind::Result, "3-0"), Verdict::False);
}

#[test]
fn a_title_after_listed_years_names_every_earlier_title() {
    let r = check(
        "Ivory Coast won their third Africa Cup of Nations title, after 1992 and 2015.",
        "2024-02-12",
    );
    assert_eq!(verdict(&r, ClaimKind::Record, "third"), Verdict::True);
    let r = check(
        "Ivory Coast won their third Africa Cup of Nations title, after 1992 and 2012.",
        "2024-02-12",
    );
    assert_eq!(verdict(&r, ClaimKind::Record, "third"), Verdict::False);
}

#[test]
fn wins_inside_ninety_minutes_leave_out_extra_time() {
    // Portugal's Euro 2016: three wins, two of them in extra time (Croatia,
    // the final), and a shoot-out against Poland.
    let r = check(
        "Portugal won only one of their seven matches at Euro 2016 inside 90 minutes.",
        "2016-07-11",
    );
    assert_eq!(verdict(&r, ClaimKind::Tally, "one of"), Verdict::True);
    let r = check(
        "Portugal won only one of their seven matches at Euro 2016.",
        "2016-07-11",
    );
    assert_eq!(verdict(&r, ClaimKind::Tally, "one of"), Verdict::False);
}

#[test]
fn a_year_in_another_clause_does_not_date_a_score() {
    let r = check(
        "At the Euros, France knocked out Germany 2-0 in the semi-final, hoping to win the trophy at home as they had in 1984.",
        "2016-07-11",
    );
    no_false(&r);
    assert_eq!(verdict(&r, ClaimKind::Score, "2-0"), Verdict::True);
}
