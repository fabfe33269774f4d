public import Foundation
import Mustache

/// Checks a template set before anyone relies on it: every template of every locale parses, names
/// only what the narrative model has, includes only partials that exist, escapes every value,
/// writes no number of its own, and renders against a sample narrative in every format.
/// Problems come as `file:line:column: problem`.
public enum TemplateChecker {
    public static func check(directory: URL) -> [TemplateProblem] {
        var problems: [TemplateProblem] = []
        for locale in NarrativeLocale.allCases {
            let folder = directory.appendingPathComponent(locale.rawValue)
            let files = TemplateSet.templateFiles(in: folder)
            if files.isEmpty {
                problems.append(.init(file: folder.path, line: 0, column: 0, message: "no templates for locale \(locale.rawValue)"))
                continue
            }
            var sources: [String: (URL, String)] = [:]
            for (name, url) in files {
                let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
                sources[name] = (url, text)
                do { _ = try MustacheTemplate(string: text) } catch let error as MustacheTemplate.ParserError {
                    problems.append(.init(file: url.path, line: error.context.lineNumber, column: error.context.columnNumber + 1,
                                          message: TemplateSet.describe(error.error)))
                    sources[name] = nil
                } catch {
                    problems.append(.init(file: url.path, line: 1, column: 1, message: "\(error)"))
                }
            }
            for name in TemplateSet.required where files.first(where: { $0.0 == name }) == nil {
                problems.append(.init(file: folder.appendingPathComponent(name + ".mustache").path, line: 0, column: 0,
                                      message: "missing template \(name)"))
            }
            let model = sampleModel(locale)
            var scanner = Scanner(sources: sources, fileNames: Set(files.map(\.0)))
            for (name, _) in files where !name.hasPrefix("partials/") && sources[name] != nil {
                scanner.scan(name, stack: [model], depth: 0)
            }
            problems += scanner.problems
        }
        // Finally render every template of every locale against the sample, in every format.
        if problems.isEmpty, let set = try? TemplateSet(directory: directory) {
            for locale in NarrativeLocale.allCases {
                for name in set.names(locale) where !name.hasPrefix("partials/") {
                    for format in NarrativeFormat.allCases {
                        do { _ = try set.render(name, Narrative.sample(locale), format: format) } catch {
                            problems.append(.init(file: set.file(name, locale).path, line: 1, column: 1, message: "cannot render as \(format): \(error)"))
                        }
                    }
                }
            }
        }
        var seen = Set<String>()
        return problems.filter { seen.insert($0.description).inserted }
    }

    /// The narrative model as templates see it: keys and nesting, with every part present.
    static func sampleModel(_ locale: NarrativeLocale) -> Any {
        let data = (try? JSONEncoder().encode(Narrative.sample(locale))) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data)) ?? [:]
    }

    /// Walks tags with the context stack they would be rendered with.
    struct Scanner {
        let sources: [String: (URL, String)]
        let fileNames: Set<String>
        var problems: [TemplateProblem] = []

        mutating func scan(_ name: String, stack: [Any], depth: Int) {
            guard depth < 8, let (url, text) = sources[name] else { return }
            var stack = stack
            var pushed: [Bool] = []
            for tag in Tag.all(in: text) {
                func problem(_ message: String, column: Int? = nil) {
                    problems.append(.init(file: url.path, line: tag.line, column: column ?? tag.column, message: message))
                }
                switch tag.kind {
                case .text:
                    if let offset = tag.content.firstIndex(where: \.isNumber) {
                        let before = tag.content[..<offset]
                        let line = tag.line + before.filter { $0 == "\n" }.count
                        let column = before.contains("\n") ? before.distance(from: before.lastIndex(of: "\n")!, to: offset) : tag.column + before.count
                        problems.append(.init(file: url.path, line: line, column: column,
                                              message: "a number in template text: numbers must come from the narrative's figures"))
                    }
                case .comment, .pragma: break
                case .delimiters: problem("changing delimiters is not supported: keep {{ and }}")
                case .unescaped: problem("unescaped value \"\(tag.content)\": data must always be escaped; use {{\(tag.content)}}")
                case .variable:
                    let (transform, path) = Self.split(tag.content)
                    if let transform, ["count", "index", "plusone", "minusone"].contains(transform) {
                        problem("\(transform)(…) prints a number that is not one of the narrative's figures")
                    }
                    let value = resolve(path, in: stack)
                    if value == nil { problem("unknown variable \"\(path)\"") }
                    if path != "fit", value is NSNumber {
                        problem("\"\(path)\" prints a raw number; print a figure's text instead")
                    }
                case .section, .inverted:
                    let (transform, path) = Self.split(tag.content)
                    let value = resolve(path, in: stack)
                    if value == nil { problem("unknown variable \"\(path)\"") }
                    if tag.kind == .section, transform == nil, let value {
                        let inner: Any? = (value as? [Any]).map { $0.first as Any } ?? (value is [String: Any] ? value : nil)
                        if let inner { stack.append(inner) }
                        pushed.append(inner != nil)
                    } else {
                        pushed.append(false)
                    }
                case .close:
                    if pushed.popLast() == true { stack.removeLast() }
                case .partial:
                    if fileNames.contains(tag.content) { scan(tag.content, stack: stack, depth: depth + 1) } else {
                        problem("unknown partial \"\(tag.content)\"")
                    }
                }
            }
        }

        /// `transform(path)` → (transform, path); `path` → (nil, path).
        static func split(_ content: String) -> (String?, String) {
            guard let open = content.firstIndex(of: "("), content.hasSuffix(")") else { return (nil, content) }
            return (String(content[..<open]), String(content[content.index(after: open)..<content.index(before: content.endIndex)]))
        }

        /// The value a dotted name reaches from the innermost context outwards; nil when none has it.
        func resolve(_ path: String, in stack: [Any]) -> Any? {
            if path == "." { return stack.last }
            let keys = path.split(separator: ".").map(String.init)
            guard let head = keys.first else { return nil }
            for context in stack.reversed() {
                guard let dictionary = context as? [String: Any], var value = dictionary[head] else { continue }
                for key in keys.dropFirst() {
                    guard let next = (value as? [String: Any])?[key] else { return nil }
                    value = next
                }
                return value
            }
            return nil
        }
    }

    /// A Mustache tag or a run of text, with where it starts.
    struct Tag {
        enum Kind { case text, variable, unescaped, section, inverted, close, partial, comment, pragma, delimiters }
        var kind: Kind
        var content: String
        var line: Int
        var column: Int

        static func all(in text: String) -> [Tag] {
            var tags: [Tag] = []
            var line = 1, column = 1
            var rest = Substring(text)
            func advance(over part: Substring) {
                for character in part {
                    if character == "\n" { line += 1; column = 1 } else { column += 1 }
                }
            }
            while !rest.isEmpty {
                guard let open = rest.range(of: "{{") else {
                    tags.append(Tag(kind: .text, content: String(rest), line: line, column: column))
                    break
                }
                if open.lowerBound > rest.startIndex {
                    let literal = rest[..<open.lowerBound]
                    tags.append(Tag(kind: .text, content: String(literal), line: line, column: column))
                    advance(over: literal)
                }
                let triple = rest[open.upperBound...].hasPrefix("{")
                let closing = triple ? "}}}" : "}}"
                guard let close = rest[open.upperBound...].range(of: closing) else { break }
                let inner = rest[open.upperBound..<close.lowerBound].dropFirst(triple ? 1 : 0)
                let sigil = inner.first
                let body = inner.dropFirst(sigil.map { "!#^/>&%=<$".contains($0) } == true ? 1 : 0).trimmingCharacters(in: .whitespaces)
                let kind: Kind = switch triple ? "{" : sigil {
                case "{": .unescaped
                case "!": .comment
                case "#", "$": .section
                case "^": .inverted
                case "/": .close
                case ">", "<": .partial
                case "&": .unescaped
                case "%": .pragma
                case "=": .delimiters
                default: .variable
                }
                tags.append(Tag(kind: kind, content: kind == .variable ? inner.trimmingCharacters(in: .whitespaces) : body,
                                line: line, column: column))
                advance(over: rest[open.lowerBound..<close.upperBound])
                rest = rest[close.upperBound...]
            }
            return tags
        }
    }
}

extension Narrative {
    /// A narrative with every part present, for checking templates against the model.
    static func sample(_ locale: NarrativeLocale) -> Narrative {
        let text = "…"
        let figure = Figure(id: "sample", value: 0, text: text, definition: text, accounts: 0, run: 0)
        return Narrative(
            locale: locale, prospect: text, preparedFor: text, fit: true, headline: text, challenge: text, words: text, first: text,
            goals: [.init(id: text, title: text, summary: text)],
            subject: .init(id: 1, name: text, size: text, description: text, intro: text, traits: [text], health: text),
            approach: [text], results: [.init(id: text, metric: text, before: text, after: text, change: text, accounts: text, sentence: text)],
            renewal: text, proofPoints: [text], proxy: text, noResult: text, borrowed: [.init(intro: text, approach: [text], nearest: text, result: text)], unmeasured: text, talkingPoints: [text], start: [text], discoveryQuestions: [text], demo: [text], conditions: [text], conditionsIntro: text, asked: [text], askedIntro: text, theirQuestions: [text], theirQuestionsIntro: text, nextStep: text, caveats: [text],
            period: text, source: text, run: 0, verbatim: [text], figures: [figure])
    }
}
