import Foundation
import Hummingbird
import StoryBuilder

/// The brief form's fields, and the JSON body of `POST /api/briefs`.
struct BriefForm: Decodable {
    var goals: String?
    var prospect: String?
    var industry: String?
    var size: String?
    var region: String?
    var locale: String?
    var format: String?

    /// The form's URL-encoded fields.
    init(form body: ByteBuffer) throws {
        do { self = try URLEncodedFormDecoder().decode(BriefForm.self, from: String(buffer: body)) } catch {
            throw ExplorerError.badRequest("the form must be URL-encoded text fields: goals, prospect, industry, size, region, locale")
        }
    }

    /// A JSON object.
    init(json body: ByteBuffer) throws {
        do { self = try JSONDecoder().decode(BriefForm.self, from: Data(body.readableBytesView)) } catch {
            throw ExplorerError.badRequest(Self.describe(error))
        }
    }

    /// What is wrong with a JSON body, naming the field but never quoting the body.
    static func describe(_ error: any Error) -> String {
        let object = "the body must be a JSON object with at least \"goals\", all fields strings"
        switch error as? DecodingError {
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            guard let field = context.codingPath.first?.stringValue, !field.isEmpty else { return object }
            return "\"\(field)\" must be a string"
        case .dataCorrupted(let context)? where context.codingPath.isEmpty: return "the body is not valid JSON"
        default: return object
        }
    }

    /// The prospect the fields describe; throws when goals are missing or the locale is unknown.
    func prospect(default locale: NarrativeLocale) throws -> Prospect {
        func clean(_ text: String?) -> String? { text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 } }
        guard let goals = clean(goals) else { throw ExplorerError.badRequest("\"goals\" is required: what the prospect wants, in their words") }
        if [goals, prospect, industry, size, region].contains(where: { $0.map { !HonestyGuard.pseudonyms(in: $0).isEmpty } ?? false }) {
            throw ExplorerError.badRequest("a field holds an account or user pseudonym (acc-… or usr-…), which no brief may print: leave it out")
        }
        let chosen = try clean(self.locale).map { value in
            guard let locale = NarrativeLocale(rawValue: value) else { throw ExplorerError.badRequest("locale must be en or fr") }
            return locale
        } ?? locale
        return Prospect(name: clean(prospect), goals: goals, industry: clean(industry), size: clean(size), region: clean(region), locale: chosen)
    }

    /// The format asked for; Markdown when none.
    func narrativeFormat() throws -> NarrativeFormat {
        guard let format else { return .md }
        guard let chosen = NarrativeFormat(rawValue: format) else { throw ExplorerError.badRequest("format must be text, md or html") }
        return chosen
    }
}
