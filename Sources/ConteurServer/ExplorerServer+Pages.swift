import Export
import Hummingbird
import StoryBuilder

extension ExplorerServer {
    /// The HTML pages and the brief form.
    static func addPages(to router: Router<BasicRequestContext>, state: ExplorerState, gate: FairGate, bodyLimit: Int) {
        router.get("/") { _, context in Responses.html(try await pages(state, context, .en).index(here: "")) }
        router.get("index.html") { _, context in Responses.html(try await pages(state, context, .en).index(here: "")) }
        router.get(":locale") { _, context in
            let pages = try await pages(state, context)
            return Responses.html(pages.index(here: "\(pages.locale.rawValue)/"))
        }
        router.get(":locale/:page") { _, context in
            let pages = try await pages(state, context)
            let page = try context.parameters.require("page")
            if page == "index.html" { return Responses.html(pages.index(here: "\(pages.locale.rawValue)/")) }
            guard page.hasPrefix("archetype-"), page.hasSuffix(".html"),
                  let id = Int(page.dropFirst("archetype-".count).dropLast(".html".count)), let body = try pages.archetype(id) else {
                throw ExplorerError.notFound("no such page")
            }
            return Responses.html(body)
        }
        router.get(":locale/brief") { _, context in
            let pages = try await pages(state, context)
            return Responses.html(pages.form(here: "\(pages.locale.rawValue)/", action: "brief"))
        }
        router.post(":locale/brief") { request, context in
            let pages = try await pages(state, context)
            try MediaType.form.require(of: request)
            let form = try BriefForm(form: try await request.body.collect(upTo: bodyLimit))
            let prospect = try form.prospect(default: pages.locale)
            let briefPages = try await self.pages(state, context, prospect.locale)
            return Responses.html(try await gate.run { try briefPages.brief(prospect, here: "\(prospect.locale.rawValue)/") })
        }
    }

    /// The pages of the route's locale, or of `locale`.
    static func pages(_ state: ExplorerState, _ context: BasicRequestContext, _ locale: NarrativeLocale? = nil) async throws -> PackPages {
        guard let locale = locale ?? context.parameters.get("locale").flatMap(NarrativeLocale.init(rawValue:)) else {
            throw ExplorerError.notFound("no such page: languages are en and fr")
        }
        return try await state.served(logger: context.logger).snapshot.pages[locale]!
    }
}
