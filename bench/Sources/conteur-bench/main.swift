// Times Conteur's clustering on raw float32 data written by bench/cluster, for comparison
// with scikit-learn on the same data in the same run.
//
//   conteur-bench fit   --data X.f32 --rows N --cols D --k K --seed S --labels-out L.i32
//   conteur-bench sweep --data X.f32 --rows N --cols D --sample M --seed S
import Archetypes
import Foundation

var options: [String: String] = [:]
let arguments = Array(CommandLine.arguments.dropFirst())
guard let mode = arguments.first, ["fit", "sweep"].contains(mode) else {
    FileHandle.standardError.write(Data("usage: conteur-bench fit|sweep --data FILE --rows N --cols D ...\n".utf8))
    exit(2)
}
var index = 1
while index + 1 < arguments.count {
    options[String(arguments[index].dropFirst(2))] = arguments[index + 1]
    index += 2
}
@MainActor func option(_ name: String) -> String {
    guard let value = options[name] else {
        FileHandle.standardError.write(Data("missing --\(name)\n".utf8))
        exit(2)
    }
    return value
}

let rows = Int(option("rows"))!, columns = Int(option("cols"))!
let bytes = try Data(contentsOf: URL(fileURLWithPath: option("data")))
guard bytes.count == rows * columns * 4 else {
    FileHandle.standardError.write(Data("data holds \(bytes.count) bytes, expected \(rows * columns * 4)\n".utf8))
    exit(2)
}
let values = bytes.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
let matrix = Matrix(rows: rows, columns: columns, values: values)
let seed = UInt64(options["seed"] ?? "0")!

func json(_ object: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

let start = Date()
if mode == "fit" {
    let fit = KMeans(k: Int(option("k"))!, seed: seed).fit(matrix)
    let seconds = Date().timeIntervalSince(start)
    if let out = options["labels-out"] {
        let labels = fit.labels.map { Int32($0) }
        try labels.withUnsafeBytes { Data($0) }.write(to: URL(fileURLWithPath: out))
    }
    json(["seconds": seconds, "inertia": fit.inertia, "iterations": fit.iterations])
} else {
    let selection = ClusterSelection.choose(matrix, range: 2...12, minSize: 1, seed: seed, sampleSize: Int(option("sample"))!)
    let seconds = Date().timeIntervalSince(start)
    var silhouettes: [String: Double] = [:]
    for trial in selection.trials { silhouettes[String(trial.k)] = trial.silhouette }
    json(["seconds": seconds, "k": selection.fit.k, "silhouettes": silhouettes])
}
