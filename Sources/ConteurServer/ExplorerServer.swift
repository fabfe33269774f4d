import Archetypes
import Export
import Foundation
import Hummingbird
import NIOCore
import StoryBuilder

/// An error the explorer answers with a status and a message.
public enum ExplorerError: Error, Sendable, CustomStringConvertible {
    case badRequest(String)
    case notFound(String)
    case unauthorized
    case unavailable(String)

    public var description: String {
        switch self {
        case .badRequest(let message), .notFound(let message), .unavailable(let message): message
        case .unauthorized: "send the explorer's token as a bearer token"
        }
    }
}

/// The web explorer: the pack's pages live from the database, a brief form, and a JSON API.
///
/// Routes: `GET /`, `GET /{en|fr}/index.html`, `GET /{en|fr}/archetype-{id}.html`, `GET|POST /{en|fr}/brief`,
/// `GET /api/archetypes`, `GET /api/archetypes/{id}`, `POST /api/briefs`, `GET /healthz`.
/// Errors are JSON `{"error": {"status", "message"}}`.
public enum ExplorerServer {
    /// Largest request body accepted (the brief form and `POST /api/briefs`).
    public static let defaultBodyLimit = 64 * 1024

    /// Binding anywhere but loopback needs a token.
    public static func checkExposure(host: String, token: String?) throws {
        if !isLoopback(host) && (token ?? "").isEmpty {
            throw ExplorerError.badRequest("refusing to listen on \(host) without --token: only loopback may be served without one")
        }
    }

    /// `localhost`, an IPv4 address in 127.0.0.0/8 or the IPv6 loopback; a host name is not.
    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { part in UInt8(part).map { String($0) == part } ?? false }
    }

    public static func router(state: ExplorerState, token: String?, bodyLimit: Int = defaultBodyLimit) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        let gate = FairGate(width: ProcessInfo.processInfo.activeProcessorCount)
        router.add(middleware: JSONErrorMiddleware())
        if let token, !token.isEmpty { router.add(middleware: BearerTokenMiddleware(token: token)) }

        router.get("healthz") { _, _ in
            try json(Health(status: "ok", run: try? state.snapshot().source.run))
        }
        router.get("/") { _, _ in html(try state.snapshot().pages[.en]!.index(here: "")) }
        router.get("index.html") { _, _ in html(try state.snapshot().pages[.en]!.index(here: "")) }
        router.get(":locale") { _, context in html(try pages(state, context).index(here: "\(try locale(context).rawValue)/")) }
        router.get(":locale/:page") { request, context in
            let pages = try pages(state, context)
            let page = try context.parameters.require("page")
            if page == "index.html" { return html(pages.index(here: "\(pages.locale.rawValue)/")) }
            guard page.hasPrefix("archetype-"), page.hasSuffix(".html"),
                  let id = Int(page.dropFirst("archetype-".count).dropLast(".html".count)), let body = try pages.archetype(id) else {
                throw ExplorerError.notFound("no page \(request.uri.path)")
            }
            return html(body)
        }
        router.get(":locale/brief") { _, context in
            let pages = try pages(state, context)
            return html(pages.form(here: "\(pages.locale.rawValue)/", action: "brief"))
        }
        router.post(":locale/brief") { request, context in
            let pages = try pages(state, context)
            let body = try await request.body.collect(upTo: bodyLimit)
            let form: BriefForm
            do { form = try URLEncodedFormDecoder().decode(BriefForm.self, from: String(buffer: body)) } catch {
                throw ExplorerError.badRequest("the form needs goals: \(error)")
            }
            let prospect = try form.prospect(default: pages.locale)
            let briefPages = try state.snapshot().pages[prospect.locale]!
            return html(try await gate.run { try briefPages.brief(prospect, here: "\(prospect.locale.rawValue)/") })
        }

        router.get("api/archetypes") { _, _ in
            let source = try state.snapshot().source
            return try json(source.archetypes.map {
                ArchetypeSummary(id: $0.id, name: $0.name, size: $0.size, share: $0.share, distinguishing: $0.distinguishing)
            })
        }
        router.get("api/archetypes/:id") { _, context in
            guard let id = context.parameters.get("id", as: Int.self) else { throw ExplorerError.notFound("no archetype \(context.parameters.get("id") ?? "")") }
            guard let archetype = try state.snapshot().source.archetypes.first(where: { $0.id == id }) else {
                throw ExplorerError.notFound("no archetype \(id) in the latest run")
            }
            return try json(archetype)
        }
        router.post("api/briefs") { request, _ in
            let body = try await request.body.collect(upTo: bodyLimit)
            let input: BriefForm
            do { input = try JSONDecoder().decode(BriefForm.self, from: body) } catch {
                throw ExplorerError.badRequest("the body must be JSON with at least \"goals\": \(error)")
            }
            let snapshot = try state.snapshot()
            let format = try input.format.map { value in
                guard let format = NarrativeFormat(rawValue: value) else { throw ExplorerError.badRequest("format must be text, md or html") }
                return format
            } ?? .md
            let prospect = try input.prospect(default: .en)
            return try await gate.run { try json(try state.library.brief(prospect, builder: snapshot.builder, format: format)) }
        }
        return router
    }

    /// Serves until SIGINT or SIGTERM, then shuts down gracefully.
    public static func run(state: ExplorerState, host: String, port: Int, token: String?, onStart: @escaping @Sendable () -> Void = {}) async throws {
        try checkExposure(host: host, token: token)
        let app = Application(router: router(state: state, token: token),
                              configuration: .init(address: .hostname(host, port: port), serverName: "Conteur"),
                              onServerRunning: { _ in onStart() })
        try await app.runService()
    }

    // MARK: - Pieces

    struct Health: Encodable {
        var status: String
        var run: Int64?
    }

    struct ArchetypeSummary: Encodable {
        var id: Int
        var name: Archetype.Name
        var size: Int
        var share: Double
        var distinguishing: [Archetype.Distinction]
    }

    /// The brief form's fields, and the JSON body of `POST /api/briefs`.
    struct BriefForm: Decodable {
        var goals: String?
        var prospect: String?
        var industry: String?
        var size: String?
        var region: String?
        var locale: String?
        var format: String?

        func prospect(default locale: NarrativeLocale) throws -> Prospect {
            func clean(_ text: String?) -> String? { text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 } }
            guard let goals = clean(goals) else { throw ExplorerError.badRequest("\"goals\" is required: what the prospect wants, in their words") }
            let chosen = try clean(self.locale).map { value in
                guard let locale = NarrativeLocale(rawValue: value) else { throw ExplorerError.badRequest("locale must be en or fr") }
                return locale
            } ?? locale
            return Prospect(name: clean(prospect), goals: goals, industry: clean(industry), size: clean(size), region: clean(region), locale: chosen)
        }
    }

    static func locale(_ context: BasicRequestContext) throws -> NarrativeLocale {
        guard let locale = context.parameters.get("locale").flatMap(NarrativeLocale.init(rawValue:)) else {
            throw ExplorerError.notFound("no such page: languages are en and fr")
        }
        return locale
    }

    static func pages(_ state: ExplorerState, _ context: BasicRequestContext) throws -> PackPages {
        try state.snapshot().pages[try locale(context)]!
    }

    static func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}

/// Every error as JSON with its status: ours, Hummingbird's, an oversized body, the honesty guard's.
struct JSONErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    struct Body: Encodable {
        struct Detail: Encodable {
            var status: Int
            var message: String
        }
        var error: Detail
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, message) = Self.describe(error, path: request.uri.path)
            var response = try ExplorerServer.json(Body(error: .init(status: status.code, message: message)), status: status)
            if status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer" }
            return response
        }
    }

    static func describe(_ error: any Error, path: String) -> (HTTPResponse.Status, String) {
        switch error {
        case ExplorerError.badRequest(let message): return (.badRequest, message)
        case ExplorerError.notFound(let message): return (.notFound, message)
        case ExplorerError.unauthorized: return (.unauthorized, "send the explorer's token as a bearer token")
        case ExplorerError.unavailable(let message): return (.serviceUnavailable, message)
        case is NIOTooManyBytesError: return (.contentTooLarge, "the request body is larger than the explorer accepts")
        case let error as HTTPError where error.status == .notFound: return (.notFound, "no route for \(path)")
        case let error as any HTTPResponseError: return (error.status, error.status.reasonPhrase)
        default:
            // The detail (paths, database errors) is for the operator's terminal, not for the client.
            FileHandle.standardError.write(Data("conteur serve: \(path): \(error)\n".utf8))
            return (.internalServerError, "the explorer could not answer; the server's log says why")
        }
    }
}

/// Requires `Authorization: Bearer <token>` on every route but `/healthz`.
struct BearerTokenMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let token: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.path == "/healthz" { return try await next(request, context) }
        guard let header = request.headers[.authorization], header.count > 7, header.prefix(7).lowercased() == "bearer ",
              Self.same(Array(header.dropFirst(7).utf8), Array(token.utf8)) else { throw ExplorerError.unauthorized }
        return try await next(request, context)
    }

    /// Compares in time that depends on the length only, not on where the first difference is.
    static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
