/// The usage archetype planted in an account, written in accounts.csv's `planted` column.
public enum PlantedBehaviour: String, CaseIterable, Sendable {
    /// Activity ×3–5 in November–December; campaigns, segments and reports; mostly e-commerce and retail.
    case seasonalPeaker = "seasonal-peaker"
    /// Nearly every seat active, broad use, comment- and share-heavy, high and steady volume.
    case powerCollaborator = "power-collaborator"
    /// Automation and API dominate, a very steady weekly rhythm, few human users.
    case campaignAutomator = "campaign-automator"
    /// Integrations and imports dominate, moderate volume, dashboards.
    case dataConsolidator = "data-consolidator"
    /// Started in the window's last 2–4 months and ramps up quickly.
    case fastStarter = "fast-starter"
    /// Falling activity, few seats active, long gaps, often not renewed.
    case drifting
}

/// Industries, sizes, regions and plans written in accounts.csv.
enum Firmographics {
    static let industries = ["e-commerce", "retail", "media", "software", "finance", "education", "health", "travel"]
    static let sizes = ["1-10", "11-50", "51-200", "201-1000", "1000+"]
    /// Licensed seats by size.
    static let seats: [ClosedRange<Int>] = [3...10, 8...30, 15...60, 25...100, 40...160]
    static let regions = ["NA", "EMEA", "APAC", "LATAM"]
    static let regionWeights: [Double] = [34, 36, 20, 10]
    static let plans = ["starter", "growth", "enterprise"]
    /// Plan weights by size.
    static let planWeights: [[Double]] = [[70, 28, 2], [45, 45, 10], [20, 55, 25], [8, 42, 50], [2, 23, 75]]
}

/// How a behaviour shows in usage, firmographics and outcomes.
struct BehaviourTraits {
    /// Feature mix, in percent.
    var mix: [Feature: Double]
    /// Chance of keeping a minor feature (mix weight under 8 %): drives breadth.
    var minorKeep: Double
    /// Event rows per year at full activity, for a typical account.
    var rowsPerYear: Double
    /// Active users of a typical account, to scale volume with account size.
    var typicalUsers: Double
    /// Share of seats used (when blended in as a secondary behaviour too).
    var seatShare: ClosedRange<Double>
    /// A fixed number of users instead of a share of seats.
    var users: ClosedRange<Int>? = nil
    /// Mean features used per active user-day (1…3).
    var featuresPerDay: Double
    /// Weekend activity relative to weekdays.
    var weekend: Double
    /// Log-spread of activity between users (0 = everyone alike).
    var userSpread: Double
    /// Multiplier on actions per day.
    var intensity: Double
    /// Industry weights (`Firmographics.industries` order) and size weights.
    var industries: [Double]
    var sizes: [Double]
    /// Share of renewed accounts among those due.
    var renewal: Double
    /// Share of accounts with a blank `renewed` (not yet due).
    var renewalPending: Double
    /// Metrics usually recorded for the behaviour.
    var metrics: [OutcomeMetric]
}

extension PlantedBehaviour {
    var traits: BehaviourTraits {
        switch self {
        case .seasonalPeaker:
            BehaviourTraits(
                mix: [.campaign: 30, .segment: 22, .report: 18, .dashboard: 10, .export: 6, .automation: 4,
                      .import: 3, .share: 3, .comment: 2, .integration: 2],
                minorKeep: 0.3, rowsPerYear: 300, typicalUsers: 10, seatShare: 0.4...0.7, featuresPerDay: 1.7,
                weekend: 0.55, userSpread: 0.6, intensity: 1.1,
                industries: [48, 34, 4, 2, 2, 3, 2, 5], sizes: [20, 35, 25, 12, 8],
                renewal: 0.87, renewalPending: 0.08, metrics: [.conversionRate, .campaignRevenue, .supportTickets, .peakOnTime, .clickRate])
        case .powerCollaborator:
            BehaviourTraits(
                mix: [.comment: 18, .share: 16, .dashboard: 12, .report: 10, .campaign: 8, .segment: 8, .export: 8,
                      .api: 5, .automation: 5, .import: 5, .integration: 5],
                minorKeep: 1, rowsPerYear: 575, typicalUsers: 18, seatShare: 0.8...1.0, featuresPerDay: 2.3,
                weekend: 0.2, userSpread: 0.35, intensity: 1.4,
                industries: [8, 6, 20, 30, 8, 16, 6, 6], sizes: [8, 42, 35, 12, 3],
                renewal: 0.95, renewalPending: 0.08, metrics: [.hoursSaved, .supportTickets, .conversionRate, .customerRetention])
        case .campaignAutomator:
            BehaviourTraits(
                mix: [.automation: 40, .api: 35, .campaign: 10, .dashboard: 6, .report: 4, .segment: 3, .integration: 2],
                minorKeep: 0.3, rowsPerYear: 290, typicalUsers: 2, seatShare: 0.05...0.2, users: 1...4, featuresPerDay: 1.8,
                weekend: 0.85, userSpread: 0.9, intensity: 1,
                industries: [28, 12, 18, 16, 6, 4, 4, 12], sizes: [3, 25, 36, 23, 13],
                renewal: 0.92, renewalPending: 0.08, metrics: [.campaignRevenue, .hoursSaved, .dataSourcesConnected, .customerRetention])
        case .dataConsolidator:
            BehaviourTraits(
                mix: [.integration: 30, .import: 28, .dashboard: 18, .report: 8, .export: 8, .api: 4, .segment: 4],
                minorKeep: 0.3, rowsPerYear: 245, typicalUsers: 8, seatShare: 0.3...0.55, featuresPerDay: 1.6,
                weekend: 0.25, userSpread: 0.6, intensity: 1,
                industries: [8, 8, 8, 18, 26, 8, 18, 6], sizes: [3, 15, 32, 30, 20],
                renewal: 0.9, renewalPending: 0.08, metrics: [.dataSourcesConnected, .hoursSaved, .supportTickets])
        case .fastStarter:
            BehaviourTraits(
                mix: [.dashboard: 18, .import: 14, .campaign: 14, .report: 12, .segment: 10, .integration: 10,
                      .share: 6, .comment: 6, .automation: 6, .export: 4],
                minorKeep: 0.6, rowsPerYear: 440, typicalUsers: 8, seatShare: 0.5...0.8, featuresPerDay: 1.9,
                weekend: 0.3, userSpread: 0.5, intensity: 1.2,
                industries: [14, 10, 14, 20, 10, 12, 8, 12], sizes: [25, 35, 25, 10, 5],
                renewal: 0.9, renewalPending: 0.5, metrics: [.timeToFirstValue, .hoursSaved, .supportTickets])
        case .drifting:
            BehaviourTraits(
                mix: [.dashboard: 45, .report: 30, .export: 12, .campaign: 8, .segment: 5],
                minorKeep: 0.3, rowsPerYear: 185, typicalUsers: 3, seatShare: 0.1...0.25, featuresPerDay: 1.3,
                weekend: 0.15, userSpread: 0.6, intensity: 0.8,
                industries: [12, 12, 14, 12, 12, 14, 12, 12], sizes: [8, 32, 32, 17, 11],
                renewal: 0.36, renewalPending: 0.08, metrics: [.supportTickets, .conversionRate, .campaignRevenue])
        }
    }
}
