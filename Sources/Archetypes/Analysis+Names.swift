extension Analysis {
    /// A name a person chose, and the members of the archetype it was given to.
    public struct ChosenName: Sendable {
        public var en: String
        public var fr: String
        public var members: Set<Int64>

        public init(en: String, fr: String, members: Set<Int64>) {
            self.en = en
            self.fr = fr
            self.members = members
        }
    }

    /// Applies chosen names (newest first) to the archetypes that are the same group: at least
    /// half of the union of members shared (Jaccard ≥ 0.5). Each name goes to one archetype at most.
    public mutating func apply(_ names: [ChosenName]) {
        var taken = Set<Int>()
        for name in names {
            var best: (index: Int, overlap: Double)?
            for (index, archetype) in archetypes.enumerated() where !taken.contains(index) {
                let members = Set(self.members.filter { $0.archetype == archetype.id }.map(\.account))
                let union = members.union(name.members).count
                let overlap = union == 0 ? 0 : Double(members.intersection(name.members).count) / Double(union)
                if overlap >= 0.5 && overlap > (best?.overlap ?? 0) { best = (index, overlap) }
            }
            guard let best else { continue }
            taken.insert(best.index)
            archetypes[best.index].name = Archetype.Name(en: name.en, fr: name.fr, custom: true)
        }
    }
}
