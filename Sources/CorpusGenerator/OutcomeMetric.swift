import Foundation

/// A business outcome measured before and after adoption, written in outcomes.csv.
enum OutcomeMetric: String, CaseIterable, Sendable {
    case conversionRate = "conversion-rate"
    case campaignRevenue = "campaign-revenue"
    case hoursSaved = "hours-saved"
    case timeToFirstValue = "time-to-first-value"
    case supportTickets = "support-tickets"
    case dataSourcesConnected = "data-sources-connected"
    case peakOnTime = "peak-on-time"
    case customerRetention = "customer-retention"
    case clickRate = "click-rate"

    var unit: String {
        switch self {
        case .conversionRate: "%"
        case .campaignRevenue: "EUR/month"
        case .hoursSaved: "hours/month"
        case .timeToFirstValue: "days"
        case .supportTickets: "tickets/month"
        case .dataSourcesConnected: "sources"
        case .peakOnTime, .customerRetention, .clickRate: "%"
        }
    }

    /// Decimals written.
    var decimals: Int {
        switch self {
        case .conversionRate, .campaignRevenue, .clickRate: 2
        case .hoursSaved, .timeToFirstValue, .supportTickets, .peakOnTime, .customerRetention: 1
        case .dataSourcesConnected: 0
        }
    }

    /// The behaviour's typical effect: after/before ratio, or the `after` level for hours saved,
    /// sources added for data sources, or the after/before ratio of the share missed (campaigns sent late at peak,
    /// customers lost) for on-time sending and retention.
    private func effect(_ behaviour: PlantedBehaviour) -> Double {
        switch (self, behaviour) {
        case (.conversionRate, .seasonalPeaker): 3.0 / 2.1
        case (.conversionRate, .powerCollaborator): 1.12
        case (.conversionRate, .campaignAutomator): 1.15
        case (.conversionRate, .dataConsolidator): 1.06
        case (.conversionRate, .fastStarter): 1.10
        case (.conversionRate, .drifting): 0.97
        case (.campaignRevenue, .seasonalPeaker): 1.22
        case (.campaignRevenue, .powerCollaborator): 1.12
        case (.campaignRevenue, .campaignAutomator): 1.35
        case (.campaignRevenue, .dataConsolidator): 1.06
        case (.campaignRevenue, .fastStarter): 1.10
        case (.campaignRevenue, .drifting): 0.96
        case (.hoursSaved, .seasonalPeaker): 12
        case (.hoursSaved, .powerCollaborator): 22
        case (.hoursSaved, .campaignAutomator): 40
        case (.hoursSaved, .dataConsolidator): 32
        case (.hoursSaved, .fastStarter): 10
        case (.hoursSaved, .drifting): 3
        case (.timeToFirstValue, .seasonalPeaker): 21
        case (.timeToFirstValue, .powerCollaborator): 18
        case (.timeToFirstValue, .campaignAutomator): 20
        case (.timeToFirstValue, .dataConsolidator): 24
        case (.timeToFirstValue, .fastStarter): 6
        case (.timeToFirstValue, .drifting): 38
        case (.supportTickets, .seasonalPeaker): 0.9
        case (.supportTickets, .powerCollaborator): 0.7
        case (.supportTickets, .campaignAutomator): 0.8
        case (.supportTickets, .dataConsolidator): 0.75
        case (.supportTickets, .fastStarter): 0.65
        case (.supportTickets, .drifting): 1.25
        case (.dataSourcesConnected, .seasonalPeaker): 1.5
        case (.dataSourcesConnected, .powerCollaborator): 2.5
        case (.dataSourcesConnected, .campaignAutomator): 4
        case (.dataSourcesConnected, .dataConsolidator): 9
        case (.dataSourcesConnected, .fastStarter): 3
        case (.dataSourcesConnected, .drifting): 0.6
        case (.peakOnTime, .seasonalPeaker): 0.3
        case (.peakOnTime, .powerCollaborator): 0.8
        case (.peakOnTime, .campaignAutomator): 0.7
        case (.peakOnTime, .dataConsolidator): 0.85
        case (.peakOnTime, .fastStarter): 0.85
        case (.peakOnTime, .drifting): 1.1
        case (.customerRetention, .seasonalPeaker): 0.92
        case (.customerRetention, .powerCollaborator): 0.8
        case (.customerRetention, .campaignAutomator): 0.6
        case (.customerRetention, .dataConsolidator): 0.82
        case (.customerRetention, .fastStarter): 0.9
        case (.customerRetention, .drifting): 1.12
        case (.clickRate, .seasonalPeaker): 1.3
        case (.clickRate, .powerCollaborator): 1.1
        case (.clickRate, .campaignAutomator): 1.15
        case (.clickRate, .dataConsolidator): 1.12
        case (.clickRate, .fastStarter): 1.05
        case (.clickRate, .drifting): 0.94
        }
    }

    /// Noisy before and after values for an account of `size` (index into `Firmographics.sizes`),
    /// its effect blended in log space between the primary and secondary behaviours.
    func values(_ primary: PlantedBehaviour, _ secondary: PlantedBehaviour, blend: Double, size: Int,
                using random: inout SeededRandom) -> (before: Double, after: Double) {
        let effect = exp((1 - blend) * log(effect(primary)) + blend * log(effect(secondary)))
        switch self {
        case .conversionRate:
            let before = random.lognormal(median: 2.1, sigma: 0.2)
            return (before, before * random.lognormal(median: effect, sigma: 0.12))
        case .campaignRevenue:
            let before = random.lognormal(median: [6_000, 18_000, 45_000, 120_000, 300_000][size], sigma: 0.5)
            return (before, before * random.lognormal(median: effect, sigma: 0.14))
        case .hoursSaved:
            return (0, random.lognormal(median: effect, sigma: 0.45))
        case .timeToFirstValue:
            let after = max(1, random.lognormal(median: effect, sigma: 0.35))
            return (max(after, random.lognormal(median: 42, sigma: 0.25)), after)
        case .supportTickets:
            let before = random.lognormal(median: [3, 6, 10, 18, 30][size], sigma: 0.4)
            return (before, before * random.lognormal(median: effect, sigma: 0.2))
        case .dataSourcesConnected:
            let before = Double(1 + random.poisson(1.5))
            return (before, before + random.lognormal(median: effect, sigma: 0.4).rounded())
        case .peakOnTime:
            return Self.missedShare(median: 18, effect: effect, using: &random)
        case .customerRetention:
            return Self.missedShare(median: 38, effect: effect, using: &random)
        case .clickRate:
            let before = random.lognormal(median: 2.4, sigma: 0.25)
            return (before, before * random.lognormal(median: effect, sigma: 0.12))
        }
    }

    /// A percentage whose complement (the share missed) starts near `median` and is scaled by `effect`, both within 1–90 %.
    private static func missedShare(median: Double, effect: Double, using random: inout SeededRandom) -> (before: Double, after: Double) {
        let missed = min(90, max(1, random.lognormal(median: median, sigma: 0.3)))
        let after = min(90, max(1, missed * random.lognormal(median: effect, sigma: 0.2)))
        return (100 - missed, 100 - after)
    }
}
