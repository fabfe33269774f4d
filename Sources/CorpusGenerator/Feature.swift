/// The product's features: the `event` names of events.csv.
enum Feature: String, CaseIterable, Sendable {
    case dashboard, report, campaign, automation, api, integration, `import`, segment, comment, share, export

    /// Typical number of actions in a day of use (the median `count`).
    var actionsPerDay: Double {
        switch self {
        case .dashboard: 5
        case .report: 3
        case .campaign: 3
        case .automation: 24
        case .api: 70
        case .integration: 4
        case .import: 2
        case .segment: 3
        case .comment: 4
        case .share: 2
        case .export: 2
        }
    }

    /// Typical seconds spent per action.
    var secondsPerAction: Double {
        switch self {
        case .dashboard: 75
        case .report: 160
        case .campaign: 260
        case .automation: 6
        case .api: 0.3
        case .integration: 25
        case .import: 70
        case .segment: 110
        case .comment: 35
        case .share: 12
        case .export: 25
        }
    }

    /// Weights in `allCases` order from a sparse table (missing features weigh 0).
    static func weights(_ table: [Feature: Double]) -> [Double] { allCases.map { table[$0] ?? 0 } }
}
