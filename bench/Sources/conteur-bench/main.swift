// conteur-bench: times Conteur's clustering (the `Archetypes` module) on raw data written by
// bench/cluster, so that it can be compared with scikit-learn on the same points in the same run.
//
//   conteur-bench fit   --data X.f32 --rows N --cols D --k K [--seed S] [--labels-out L.i32]
//   conteur-bench sweep --data X.f32 --rows N --cols D [--sample M] [--seed S]
//
// X.f32 is little-endian float32, row-major, N × D. `fit` runs one KMeans(k:seed:).fit and writes
// the labels as little-endian int32; `sweep` runs ClusterSelection.choose over k = 2…12.
// Both print one JSON object on standard output; "seconds" is wall time of the clustering only
// (the file is loaded before the clock starts).
import Archetypes
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("conteur-bench: \(message)\n".utf8))
    exit(2)
}

let usage = "usage: conteur-bench fit|sweep --data FILE --rows N --cols D [--k K] [--seed S] [--sample M] [--labels-out FILE]"
let arguments = Array(CommandLine.arguments.dropFirst())
guard let mode = arguments.first, mode == "fit" || mode == "sweep" else { fail(usage) }

let known: Set<String> = ["data", "rows", "cols", "k", "seed", "sample", "labels-out"]
var options: [String: String] = [:]
var index = 1
while index < arguments.count {
    let flag = arguments[index]
    guard flag.hasPrefix("--"), known.contains(String(flag.dropFirst(2))), index + 1 < arguments.count else {
        fail("unexpected argument \(flag)\n\(usage)")
    }
    options[String(flag.dropFirst(2))] = arguments[index + 1]
    index += 2
}

@MainActor func string(_ name: String) -> String {
    guard let value = options[name] else { fail("missing --\(name)\n\(usage)") }
    return value
}

@MainActor func integer(_ name: String, default fallback: Int? = nil) -> Int {
    guard let text = options[name] else {
        if let fallback { return fallback }
        fail("missing --\(name)\n\(usage)")
    }
    guard let value = Int(text), value >= 0 else { fail("--\(name) must be a non-negative integer, got \(text)") }
    return value
}

/// The little-endian float32 values of `data`, copied in bulk.
func floats(_ data: Data, count: Int) -> [Float] {
    [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
        _ = data.copyBytes(to: buffer)
        #if _endian(big)
        for i in 0..<count { buffer[i] = Float(bitPattern: UInt32(littleEndian: buffer[i].bitPattern)) }
        #endif
        initialized = count
    }
}

let rows = integer("rows"), columns = integer("cols")
let seed = UInt64(integer("seed", default: 0))
let path = string("data")
guard let bytes = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
guard bytes.count == rows * columns * MemoryLayout<Float>.size else {
    fail("\(path) holds \(bytes.count) bytes, expected \(rows) × \(columns) × 4 = \(rows * columns * 4)")
}
let values = floats(bytes, count: rows * columns)
let matrix = Matrix(rows: rows, columns: columns, values: values)

func printJSON(_ object: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

let clock = ContinuousClock()
switch mode {
case "fit":
    let k = integer("k")
    guard k >= 1 else { fail("--k must be at least 1") }
    var fit: KMeans.Fit?
    let elapsed = clock.measure { fit = KMeans(k: k, seed: seed).fit(matrix) }
    let result = fit!
    if let out = options["labels-out"] {
        var labels = Data(capacity: rows * 4)
        for label in result.labels { withUnsafeBytes(of: Int32(label).littleEndian) { labels.append(contentsOf: $0) } }
        do { try labels.write(to: URL(fileURLWithPath: out)) } catch { fail("cannot write \(out): \(error)") }
    }
    printJSON(["seconds": seconds(elapsed), "inertia": result.inertia, "iterations": result.iterations, "k": result.k])
default:
    let sample = integer("sample", default: 10_000)
    var selection: ClusterSelection?
    let elapsed = clock.measure {
        selection = ClusterSelection.choose(matrix, range: 2...12, minSize: 1, seed: seed, sampleSize: sample)
    }
    let result = selection!
    var silhouettes: [String: Double] = [:]
    for trial in result.trials { silhouettes[String(trial.k)] = trial.silhouette }
    printJSON(["seconds": seconds(elapsed), "k": result.fit.k, "silhouettes": silhouettes])
}
