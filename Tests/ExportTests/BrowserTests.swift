import Foundation
import Testing
import TestSupport

/// Loads pack pages in a real browser (Debian's chromium, headless): the charts are in the rendered DOM
/// and the screenshot is not blank.
@Suite(.serialized) struct BrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func indexArchetypeAndBriefRenderWithCharts() throws {
        let chromium = try #require(Self.chromium, "chromium is not installed (.ci/run installs it)")
        let pack = PackFixture.folder
        let brief = try #require(FileManager.default.subpaths(atPath: pack.path)?.first { $0.hasPrefix("en/brief-") })
        for page in ["index.html", "fr/archetype-1.html", brief] {
            let url = pack.appendingPathComponent(page).absoluteString
            let dom = try run(chromium, ["--dump-dom", url])
            #expect(dom.contains("</html>"), "\(page): no DOM")
            if page != brief {
                #expect(dom.contains("<svg") && dom.contains("<rect"), "\(page): no chart in the rendered DOM")
            }
            #expect(!dom.contains("<script"))
            let shot = PackFixture.database.folder.appendingPathComponent("shot-\(page.replacingOccurrences(of: "/", with: "-")).png")
            _ = try run(chromium, ["--screenshot=\(shot.path)", "--window-size=1200,1600", url])
            let share = try inkShare(shot)
            #expect(share > 0.01, "\(page): screenshot looks blank (\(share) of pixels not white)")
        }
    }

    /// The print stylesheet keeps a brief on one A4 page and an archetype page on two at most.
    @Test func printedPagesFitTheirLength() throws {
        let chromium = try #require(Self.chromium, "chromium is not installed (.ci/run installs it)")
        let pack = PackFixture.folder
        let briefs = try #require(FileManager.default.subpaths(atPath: pack.path)?.filter { $0.contains("/brief-") })
        for (page, most) in briefs.map({ ($0, 1) }) + [("en/archetype-1.html", 2), ("fr/archetype-2.html", 2)] {
            let pdf = PackFixture.database.folder.appendingPathComponent("print-\(page.replacingOccurrences(of: "/", with: "-")).pdf")
            _ = try run(chromium, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", pack.appendingPathComponent(page).absoluteString])
            let pages = try pageCount(pdf)
            #expect((1...most).contains(pages), "\(page) prints on \(pages) pages")
        }
    }

    /// Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`).
    func pageCount(_ pdf: URL) throws -> Int {
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        return text.matches(of: /\/Type\s*\/Page(?!s)/).count
    }

    func run(_ chromium: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Share of pixels that are not near-white, decoded with Python's standard library (zlib).
    func inkShare(_ png: URL) throws -> Double {
        let script = """
            import struct, sys, zlib
            data = open(sys.argv[1], 'rb').read()
            pos, idat, width, height, kind = 8, b'', 0, 0, 0
            while pos < len(data):
                length, tag = struct.unpack('>I4s', data[pos:pos + 8])
                chunk = data[pos + 8:pos + 8 + length]
                if tag == b'IHDR': width, height, _, kind = struct.unpack('>IIBB', chunk[:10])
                if tag == b'IDAT': idat += chunk
                pos += 12 + length
            channels = {2: 3, 6: 4}[kind]
            raw, stride = zlib.decompress(idat), width * channels
            previous, ink, row_start = bytearray(stride), 0, 0
            for y in range(height):
                kind_byte, line = raw[row_start], bytearray(raw[row_start + 1:row_start + 1 + stride])
                row_start += 1 + stride
                for i in range(stride):
                    a = line[i - channels] if i >= channels else 0
                    b = previous[i]
                    c = previous[i - channels] if i >= channels else 0
                    if kind_byte == 1: line[i] = (line[i] + a) & 255
                    elif kind_byte == 2: line[i] = (line[i] + b) & 255
                    elif kind_byte == 3: line[i] = (line[i] + (a + b) // 2) & 255
                    elif kind_byte == 4:
                        p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                        line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
                previous = line
                ink += sum(1 for x in range(0, stride, channels) if min(line[x], line[x + 1], line[x + 2]) < 200)
            print(ink / (width * height))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, png.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }
}
