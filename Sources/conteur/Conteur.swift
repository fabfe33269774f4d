import ArgumentParser

/// `conteur`: from usage statistics (le compte) to sales stories (le conte).
@main
struct Conteur: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conteur",
        abstract: "Turn anonymized product-usage statistics into usage archetypes and sales narratives.",
        subcommands: [
            Demo.self, Ingest.self, Analyze.self, ArchetypesCommand.self, ArchetypeDetail.self, Members.self, AtRisk.self,
            Lookup.self, GoalsCommand.self, PitchCommand.self, TemplatesCommand.self, ExportCommand.self, Serve.self, Database.self, Corpus.self,
        ])
}
