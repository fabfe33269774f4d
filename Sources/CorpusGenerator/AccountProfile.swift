import Foundation

/// One synthetic account: its attributes, users and the parameters of its usage.
struct AccountProfile {
    var id: String
    var primary: PlantedBehaviour
    /// The behaviour the account leans towards, with weight `blend` (0…0.3, mostly near 0).
    var secondary: PlantedBehaviour
    var blend: Double
    var industry: String
    /// Index into `Firmographics.sizes`.
    var size: Int
    var region: String
    var plan: String
    var seats: Int
    var users: [String]
    /// Epoch day the account started.
    var started: Int
    /// `yes`, `no` or blank.
    var renewed: String

    // Usage parameters.
    /// Event rows per year at full activity.
    var rowsPerYear: Double
    /// Feature weights in `Feature.allCases` order.
    var mix: [Double]
    var featuresPerDay: Double
    /// Weekend activity relative to weekdays.
    var weekend: Double
    var userSpread: Double
    var intensity: Double
    /// November–December activity multiplier, for the seasonal-peaker profile.
    var peak: Double
    /// Activity of the window's last quarter relative to its first, for the drifting profile.
    var decay: Double
    /// Ramp-up time constant in days, for the fast-starter profile.
    var ramp: Double
    /// Epoch-day ranges without activity (drifting accounts' long gaps).
    var gaps: [Range<Int>] = []
    /// Last epoch day with activity.
    var stop: Int

    /// Draws account `index` of the corpus; `ids` keeps identifiers unique across the corpus.
    init(index: Int, window: CorpusWindow, seed: UInt64, shares: [Double], ids: inout IdentifierPool) {
        var random = SeededRandom(seed: seed, stream: UInt64(index), purpose: 1)
        id = ids.account()
        let primary = random.pick(PlantedBehaviour.allCases, weights: shares)
        let secondary = random.pick(PlantedBehaviour.allCases.filter { $0 != primary }, weights: [1, 1, 1, 1, 1])
        (self.primary, self.secondary) = (primary, secondary)
        let blend = 0.3 * pow(random.uniform(), 2.5)
        self.blend = blend
        let traits = primary.traits, other = secondary.traits
        func mixed(_ a: Double, _ b: Double) -> Double { (1 - blend) * a + blend * b }

        industry = random.pick(Firmographics.industries, weights: traits.industries)
        size = random.pick(traits.sizes)
        region = random.pick(Firmographics.regions, weights: Firmographics.regionWeights)
        plan = random.pick(Firmographics.plans, weights: Firmographics.planWeights[size])
        seats = random.int(Firmographics.seats[size])
        let userCount: Int
        if let fixed = traits.users {
            userCount = random.int(fixed)
            seats = max(seats, 4 * userCount)
        } else {
            let share = mixed(random.uniform(traits.seatShare.lowerBound, traits.seatShare.upperBound),
                              random.uniform(other.seatShare.lowerBound, other.seatShare.upperBound))
            userCount = max(1, Int((Double(seats) * share).rounded()))
        }
        seats = max(seats, userCount)
        users = (0..<userCount).map { _ in ids.user() }

        // Started: fast starters in the window's last 2–4 months, drifting well before, others mostly before.
        switch primary {
        case .fastStarter:
            started = max(window.first, window.last - random.int(60...122))
        case .drifting:
            started = window.first - random.int(120...1600)
        default:
            if window.days >= 240 && random.chance(0.08) {
                started = window.first + random.int(0...(window.days - 150))
            } else {
                started = window.first - random.int(15...1600)
            }
        }
        if random.chance(traits.renewalPending) {
            renewed = ""
        } else {
            renewed = random.chance(mixed(traits.renewal, other.renewal)) ? "yes" : "no"
        }

        // Usage: blend the two behaviours, then add per-account noise.
        let sizeFactor = min(1.6, max(0.7, pow(Double(userCount) / traits.typicalUsers, 0.3)))
        rowsPerYear = mixed(traits.rowsPerYear, other.rowsPerYear) * sizeFactor * random.lognormal(median: 1, sigma: 0.25)
        featuresPerDay = mixed(traits.featuresPerDay, other.featuresPerDay)
        weekend = mixed(traits.weekend, other.weekend)
        userSpread = mixed(traits.userSpread, other.userSpread)
        intensity = mixed(traits.intensity, other.intensity) * random.lognormal(median: 1, sigma: 0.2)
        let primaryMix = Feature.weights(traits.mix), secondaryMix = Feature.weights(other.mix)
        var mix = [Double]()
        for feature in Feature.allCases.indices {
            var weight = mixed(primaryMix[feature], secondaryMix[feature]) * random.lognormal(median: 1, sigma: 0.25)
            if weight < 8 && !random.chance(traits.minorKeep) { weight = 0 }
            mix.append(weight)
        }
        if !mix.contains(where: { $0 > 0 }) { mix = primaryMix }
        self.mix = mix
        peak = random.uniform(3, 5)
        decay = random.uniform(0.4, 0.65)
        ramp = random.uniform(4, 12)
        stop = window.last
        if primary == .drifting {
            stop = max(window.first + window.days / 2, window.last - random.int(5...35))
            let count = max(window.days >= 90 ? 1 : 0, random.poisson(3 * Double(window.days) / 365))
            for _ in 0..<count {
                let length = random.int(12...35)
                let start = window.first + random.int(0...(window.days - 1))
                gaps.append(start..<(start + length))
            }
        }
    }

    /// Relative activity on `day` (an epoch day; mean about 1 over a year), before the weekday rhythm.
    func activity(on day: Int, month: Int, position: Double) -> Double {
        guard day >= started, day <= stop, !gaps.contains(where: { $0.contains(day) }) else { return 0 }
        return (1 - blend) * profile(primary, day, month, position) + blend * profile(secondary, day, month, position)
    }

    /// One behaviour's time profile; `position` is the day's place in the window (0…1).
    private func profile(_ behaviour: PlantedBehaviour, _ day: Int, _ month: Int, _ position: Double) -> Double {
        switch behaviour {
        case .seasonalPeaker:
            return (month >= 11 ? peak : 1) / ((10 + 2 * peak) / 12)
        case .drifting:
            let k = -log(decay) / 0.75  // so the last quarter of the window runs at about `decay` times the first
            return exp(-k * (position - 0.5)) / (sinh(k / 2) / (k / 2))
        case .fastStarter:
            return 1 - exp(-Double(day - started + 1) / ramp)
        case .powerCollaborator, .campaignAutomator, .dataConsolidator:
            return 1
        }
    }
}

/// Hands out unique, seed-determined account and user identifiers (`cust-4f9a21`, `usr-8c1e5b0d`).
struct IdentifierPool {
    private var random: SeededRandom
    private var accounts = Set<UInt64>()
    private var users = Set<UInt64>()

    init(seed: UInt64) { random = SeededRandom(seed: seed, purpose: 9) }

    mutating func account() -> String {
        var value: UInt64
        repeat { value = random.next() >> 40 } while !accounts.insert(value).inserted
        return "cust-" + hex(value, digits: 6)
    }

    mutating func user() -> String {
        var value: UInt64
        repeat { value = random.next() >> 32 } while !users.insert(value).inserted
        return "usr-" + hex(value, digits: 8)
    }

    private func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: digits - text.count) + text
    }
}
