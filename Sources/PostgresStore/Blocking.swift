import Foundation

/// Runs asynchronous work to completion from synchronous code: the store's interfaces are synchronous, PostgresNIO
/// is asynchronous.
///
/// The work runs on the calling thread itself, as the jobs of a task whose executor is that thread: it never needs
/// a thread of Swift's cooperative pool, so callers that block pool threads (parallel tests, a server's handlers)
/// cannot starve it.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = Box<T>()
        if #available(macOS 15, *) {
            let executor = CallingThreadExecutor()
            Task(executorPreference: executor) {
                do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
                executor.finish()
            }
            executor.runUntilFinished()
        } else {
            let done = DispatchSemaphore(value: 0)
            Task.detached {
                do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
                done.signal()
            }
            done.wait()
        }
        return try box.result!.get()
    }

    private final class Box<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }
}

/// A task executor whose jobs run on the thread that calls ``runUntilFinished()``.
@available(macOS 15, *)
private final class CallingThreadExecutor: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var finished = false

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    func finish() {
        condition.lock()
        finished = true
        condition.signal()
        condition.unlock()
    }

    func runUntilFinished() {
        while true {
            condition.lock()
            while jobs.isEmpty && !finished { condition.wait() }
            if jobs.isEmpty && finished {
                condition.unlock()
                return
            }
            let batch = jobs
            jobs.removeAll(keepingCapacity: true)
            condition.unlock()
            for job in batch { job.runSynchronously(on: asUnownedTaskExecutor()) }
        }
    }
}
