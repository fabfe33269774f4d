/// Lets at most `width` jobs run at once and starts waiting jobs in arrival order.
///
/// Brief writing is CPU work; run unbounded on the cooperative pool, requests that arrive together
/// finish in no particular order and a few wait far longer than the rest. First come, first served
/// keeps every request's wait close to the mean.
actor FairGate {
    private let width: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var head = 0

    init(width: Int) { self.width = max(1, width) }

    /// Runs `job` (off the gate's own executor) once a place is free.
    nonisolated func run<T: Sendable>(_ job: () throws -> T) async throws -> T {
        await enter()
        do {
            let value = try job()
            await leave()
            return value
        } catch {
            await leave()
            throw error
        }
    }

    private func enter() async {
        if running < width {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if head < waiting.count {
            let next = waiting[head]
            head += 1
            if head > 64, head * 2 > waiting.count {
                waiting.removeFirst(head)
                head = 0
            }
            next.resume()
        } else {
            running -= 1
        }
    }
}
