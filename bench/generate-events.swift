import Foundation

// generate-events ROWS ACCOUNTS USERS_PER_ACCOUNT PATH: a deterministic events CSV (SplitMix64, fixed seed).
let arguments = CommandLine.arguments
let rows = Int(arguments[1])!, accounts = Int(arguments[2])!, per = Int(arguments[3])!, path = arguments[4]
let users = accounts * per
var state: UInt64 = 20_250_101
func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}
func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
func unit() -> Double { Double(next() >> 11) / 9_007_199_254_740_992 }
let events = ["login", "page_view", "search", "export", "report_view", "upload", "share", "comment", "invite",
              "api_call", "dashboard_edit", "settings_change"].map { Array($0.utf8) }
var days: [[UInt8]] = []
for (month, length) in [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].enumerated() {
    for day in 1...length { days.append(Array(String(format: "2025-%02d-%02d", month + 1, day).utf8)) }
}
var out: [UInt8] = []
out.reserveCapacity(1 << 24)
func digits(_ value: Int, _ width: Int) {
    var buffer: [UInt8] = []
    var v = value
    repeat { buffer.append(UInt8(48 + v % 10)); v /= 10 } while v > 0
    while buffer.count < width { buffer.append(48) }
    out.append(contentsOf: buffer.reversed())
}
guard let file = FileHandle(forWritingAtPath: path) ?? {
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    return FileHandle(forWritingAtPath: path)
}() else { fatalError("cannot write \(path)") }
out.append(contentsOf: Array("account,user,time,event,count,duration,value\n".utf8))
for i in 0..<rows {
    // The first `users` rows meet every user once, in a scattered order (a prime stride); later rows pick at random.
    let u = i < users ? Int(UInt64(i) &* 2_147_483_647 % UInt64(users)) : below(users)
    out.append(contentsOf: Array("acct-".utf8)); digits(u / per, 6)
    out.append(contentsOf: Array(",user-".utf8)); digits(u, 8)
    out.append(44); out.append(contentsOf: days[below(365)])
    if unit() < 0.2 {  // some rows carry a full date-time
        let s = below(86_400)
        out.append(84); digits(s / 3600, 2); out.append(58); digits(s / 60 % 60, 2); out.append(58); digits(s % 60, 2); out.append(90)
    }
    out.append(44); out.append(contentsOf: events[below(12)])
    out.append(44); digits(1 + below(50), 1)
    out.append(44); digits(below(3601), 1)
    out.append(44)
    if unit() >= 0.1 {
        let cents = Int((unit() * 50_000).rounded(.down))
        digits(cents / 100, 1); out.append(46); digits(cents % 100, 2)
    }
    out.append(10)
    if out.count > 1 << 23 {
        file.write(Data(out))
        out.removeAll(keepingCapacity: true)
    }
}
file.write(Data(out))
try file.close()
