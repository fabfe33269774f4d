import Foundation

/// What a brief or a case story says, in one locale, before any template lays it out.
///
/// Every number in its text comes from ``figures``; templates arrange these parts and add no numbers.
public struct Narrative: Sendable, Codable, Equatable {
    public struct GoalLine: Sendable, Codable, Equatable {
        public var id: String
        public var title: String
        public var summary: String
    }

    /// The archetype a story is about.
    public struct Subject: Sendable, Codable, Equatable {
        public var id: Int
        public var name: String
        /// "212 accounts (14% of all accounts)".
        public var size: String
        /// One sentence: what sets these accounts apart.
        public var description: String
        /// The group introduced to a prospect: its name and size, and the prospect's attribute that chose it among
        /// groups that fit as well, when one did.
        public var intro: String = ""
        /// The features that set it apart, one sentence each.
        public var traits: [String]
        /// Accounts per health status and the median score, in one sentence.
        public var health: String
    }

    public struct Result: Sendable, Codable, Equatable {
        /// The outcome metric as stored (`conversion-rate`).
        public var id: String
        public var metric: String
        public var before: String
        public var after: String
        /// Relative change of the medians ("+43%").
        public var change: String
        /// "212 accounts".
        public var accounts: String
        public var sentence: String
    }

    /// A goal the subject has no figure for, told with the group that has one: how it works, then its result.
    public struct Borrowed: Sendable, Codable, Equatable {
        /// "For keeping customers, look at campaign automators, 248 of our 1,500 customers, who work this way:".
        public var intro: String
        public var approach: [String]
        /// What the result measures in place of what the prospect asked for, when it does.
        public var nearest: String?
        /// The result, led by the group's name.
        public var result: String
    }

    public var locale: NarrativeLocale
    /// The prospect's name, or a neutral stand-in ("your prospect").
    public var prospect: String
    /// The prospect's name as said after "prepared for", with the article French gives an institution ("la Clinique…").
    public var preparedFor: String? = nil
    /// An archetype evidences the goals.
    public var fit: Bool
    public var headline: String
    public var challenge: String
    /// The prospect's own words, as the rep typed them.
    public var words: String?
    /// Whether their words ask for documents or our terms and state no need: they are what was asked, not a challenge.
    public var asking: Bool = false
    /// Whether they told us they have no project: their words are where they stand, not a challenge.
    public var declined: Bool = false
    /// Whether they would rather read than talk ("I don't really do calls"): our questions and next step come in writing.
    public var written: Bool = false
    /// What they asked to see before anything else ("your SLA before we talk features"), promised at the top.
    public var first: String? = nil
    public var goals: [GoalLine]
    public var subject: Subject?
    public var approach: [String]
    public var results: [Result]
    public var renewal: String?
    /// Every result the brief offers as proof: before and afters, each saying how long after the start it was measured,
    /// then levels (hours saved).
    public var proofPoints: [String]
    /// What the results measure in place of what the prospect asked for, said before them, when they do.
    public var proxy: String? = nil
    /// What "Their results" says of the goals left without a result beside the others' results (in a case story, of all).
    public var noResult: String?
    /// Goals this group has no figure for, each told with the group that has one.
    public var borrowed: [Borrowed] = []
    /// What a brief with no result to show says after how the group works, in place of "Their results".
    public var unmeasured: String? = nil
    public var talkingPoints: [String]
    /// How we would start on a need heard but not recognized, in place of a group's story (empty otherwise).
    public var start: [String] = []
    public var discoveryQuestions: [String]
    public var demo: [String]
    /// The conditions the prospect set that no other line answers, in their words: listed, so that none is dropped.
    public var conditions: [String] = []
    /// The sentence that introduces them: we will answer each in writing.
    public var conditionsIntro: String? = nil
    /// What the prospect asked us to set up, item by item, in their words: listed, so that none is lost.
    public var asked: [String] = []
    /// The sentence that introduces them: we would set each up with them.
    public var askedIntro: String? = nil
    /// The questions the prospect put to us, in their words: listed, each to be answered.
    public var theirQuestions: [String] = []
    /// The sentence that introduces them: we will answer them in writing.
    public var theirQuestionsIntro: String? = nil
    /// What to propose next, in one sentence.
    public var nextStep: String?
    public var caveats: [String]
    /// The analysis window, "1 November 2025 to 31 October 2026".
    public var period: String
    /// Where the numbers come from: run, window, statistic.
    public var source: String
    public var run: Int64
    /// Text printed as given (the prospect's name and attributes, attribute values from the data): it may hold digits that are not figures.
    public var verbatim: [String]
    public var figures: [Figure]
}

extension Narrative {
    /// The narrative as the dictionaries and arrays Mustache reads fastest (no reflection); keys are the
    /// same as the JSON keys, which the template check and its test rely on.
    var templateContext: [String: Any] {
        var context: [String: Any] = [
            "locale": locale.rawValue, "prospect": prospect, "preparedFor": preparedFor ?? prospect, "fit": fit, "headline": headline,
            "goals": goals.map { ["id": $0.id, "title": $0.title, "summary": $0.summary] },
            "approach": approach,
            "results": results.map {
                ["id": $0.id, "metric": $0.metric, "before": $0.before, "after": $0.after, "change": $0.change, "accounts": $0.accounts, "sentence": $0.sentence]
            },
            "proofPoints": proofPoints,
            "borrowed": borrowed.map { entry in
                ["intro": entry.intro, "approach": entry.approach, "result": entry.result].merging(entry.nearest.map { ["nearest": $0] } ?? [:]) { a, _ in a }
            }, "talkingPoints": talkingPoints, "start": start, "discoveryQuestions": discoveryQuestions, "demo": demo, "conditions": conditions,
            "theirQuestions": theirQuestions, "asking": asking, "declined": declined, "written": written, "asked": asked,
            "caveats": caveats,
            "period": period, "run": run, "verbatim": verbatim,
            "figures": figures.map {
                ["id": $0.id, "value": $0.value, "text": $0.text, "definition": $0.definition, "accounts": $0.accounts, "run": $0.run] as [String: Any]
            },
        ]
        // A brief with nothing to say of their challenge has no such section.
        if !challenge.isEmpty { context["challenge"] = challenge }
        if let noResult { context["noResult"] = noResult }
        if let unmeasured { context["unmeasured"] = unmeasured }
        // A narrative that quotes no figure has no source line.
        if !source.isEmpty { context["source"] = source }
        if let proxy { context["proxy"] = proxy }
        if let first { context["first"] = first }
        if let conditionsIntro { context["conditionsIntro"] = conditionsIntro }
        if let theirQuestionsIntro { context["theirQuestionsIntro"] = theirQuestionsIntro }
        if let askedIntro { context["askedIntro"] = askedIntro }
        if let subject {
            context["subject"] = [
                "id": subject.id, "name": subject.name, "size": subject.size, "description": subject.description,
                "traits": subject.traits, "health": subject.health, "intro": subject.intro,
            ] as [String: Any]
        }
        if let renewal { context["renewal"] = renewal }
        if let words { context["words"] = words }
        if let nextStep { context["nextStep"] = nextStep }
        return context
    }
}

extension Narrative {
    /// The narrative with each cut in the prospect's words marked as editors of both languages mark a cut in a quote:
    /// "[…]", so that it is not read as the speaker's own pause.
    func withCutsMarked() -> Narrative {
        // A sentence that ends on the speaker's "…" takes no full stop after it.
        func marked(_ quote: String) -> String {
            LocaleGrammar.ellipsisEnding(quote.replacingOccurrences(of: GoalMatcher.elision, with: "[…]"))
        }
        var told = self
        told.words = words.map(marked)
        told.conditions = conditions.map(marked)
        told.asked = asked.map(marked)
        return told
    }

    /// The narrative with only the figures it prints (in its text or in `also`, text shown beside it), and the run it
    /// comes from: a figure worked out on the way but never said (a result the story left out) is no line of its ledger.
    func printedFiguresOnly(also: [String] = []) -> Narrative {
        var told = self
        told.figures = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        guard let data = try? encoder.encode(told) else { return self }
        let text = String(decoding: data, as: UTF8.self) + also.joined(separator: "\n")
        // A figure printed in a shorter form ("120" for "120 actions a week") is kept by its numbers, as the honesty guard
        // reads them.
        let printed = Set(HonestyGuard.numbers(in: text))
        told.figures = figures.filter { figure in
            let numbers = HonestyGuard.numbers(in: figure.text)
            return figure.id == "run" || text.contains(figure.text) || (!numbers.isEmpty && numbers.allSatisfy(printed.contains))
        }
        return told
    }
}
