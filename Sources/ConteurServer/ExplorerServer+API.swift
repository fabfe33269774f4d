import Archetypes
import Export
import Hummingbird
import StoryBuilder

extension ExplorerServer {
    /// The JSON API and `/healthz`.
    static func addAPI(to router: Router<BasicRequestContext>, state: ExplorerState, gate: FairGate, bodyLimit: Int) {
        router.get("healthz") { _, context in
            let status = await state.status(logger: context.logger)
            return try Responses.json(status, status: status.serving ? .ok : .serviceUnavailable)
        }
        router.get("api/archetypes") { _, context in
            let source = try await state.served(logger: context.logger).snapshot.source
            return try Responses.json(source.archetypes.map {
                ArchetypeSummary(id: $0.id, name: $0.name, size: $0.size, share: $0.share, distinguishing: $0.distinguishing)
            })
        }
        router.get("api/archetypes/:id") { _, context in
            let source = try await state.served(logger: context.logger).snapshot.source
            guard let id = context.parameters.get("id", as: Int.self), let archetype = source.archetypes.first(where: { $0.id == id }) else {
                throw ExplorerError.notFound("no such archetype in the latest run")
            }
            return try Responses.json(archetype)
        }
        router.post("api/briefs") { request, context in
            try MediaType.json.require(of: request)
            let input = try BriefForm(json: try await request.body.collect(upTo: bodyLimit))
            let format = try input.narrativeFormat()
            let prospect = try input.prospect(default: .en)
            let snapshot = try await state.served(logger: context.logger).snapshot
            return try await gate.run { try Responses.json(try state.library.brief(prospect, builder: snapshot.builder, format: format)) }
        }
    }

    /// An archetype in the list of `GET /api/archetypes`.
    struct ArchetypeSummary: Encodable {
        var id: Int
        var name: Archetype.Name
        var size: Int
        var share: Double
        var distinguishing: [Archetype.Distinction]
    }
}
