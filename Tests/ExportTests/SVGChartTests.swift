import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Export

/// What an XML parse of a chart found: elements with their attributes and character data, in document order.
private struct ParsedChart {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    var elements: [Element] = []

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    func first(_ name: String) -> Element? { elements.first { $0.name == name } }
    /// Every attribute value and character data, for searching.
    var allText: [String] { elements.flatMap { [$0.text] + $0.attributes.values } }
}

/// Parses `svg` with `XMLParser`; nil when it is not well-formed.
private func parseSVG(_ svg: String) -> ParsedChart? {
    final class Delegate: NSObject, XMLParserDelegate {
        var chart = ParsedChart()
        var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            open.append(chart.elements.count)
            chart.elements.append(.init(name: elementName, attributes: attributeDict))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { chart.elements[index].text += string }
        }
    }
    let parser = XMLParser(data: Data(svg.utf8))
    let delegate = Delegate()
    parser.delegate = delegate
    guard parser.parse(), delegate.open.isEmpty else { return nil }
    return delegate.chart
}

/// Parses a chart's markup.
private func parseSVG(_ svg: Node) -> ParsedChart? { parseSVG(svg.render()) }

private let hostile = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "Tom & Jerry's \"best\" <b>"]

private func chartText(_ marker: String = "") -> ChartText {
    ChartText(title: "Title \(marker)", description: "Description \(marker)", empty: "Nothing here \(marker)")
}

/// One of each chart, from labels and values.
private func allCharts(id: String = "c", text: ChartText = chartText(), labels: [String], values: [Double]) -> [String] {
    let bars = zip(labels, values).enumerated().map { index, pair in
        Bar(label: pair.0, value: pair.1, valueText: "\(pair.0) value", highlight: index == 0)
    }
    let pairs = zip(labels, values).map {
        SVGChart.Pair(label: $0.0, before: $0.1, after: $0.1 * 2, beforeText: "before \($0.0)", afterText: "after \($0.0)")
    }
    let parts = zip(labels, values).map { SVGChart.Part(label: $0.0, value: $0.1, valueText: "\($0.0) part", color: $0.0) }
    let ticks = labels.indices.map { (index: $0, label: labels[$0]) }
    return [
        SVGChart.horizontalBars(id: id + "-h", text: text, bars: bars),
        SVGChart.divergingBars(id: id + "-d", text: text, bars: bars),
        SVGChart.pairedBars(id: id + "-p", text: text, series: (before: labels.first ?? "before", after: labels.last ?? "after"),
                            pairs: pairs),
        SVGChart.line(id: id + "-l", text: text, values: values, xTicks: ticks, yLabel: { "\(labels.first ?? "") \($0)" }),
        SVGChart.stackedBar(id: id + "-s", text: text, parts: parts),
    ].map { $0.render() }
}

private let sampleLabels = ["Power users", "Steady adopters", "Occasional explorers", "Dormant"]
private let sampleValues: [Double] = [412, 380, 220, 3]

@Suite struct SVGChartTests {
    @Test func chartsAreWellFormedSVG() throws {
        let charts = allCharts(labels: sampleLabels, values: sampleValues)
            + allCharts(labels: [], values: [])
            + allCharts(labels: sampleLabels, values: [1.5, -0.5, 0, -2])
        for svg in charts {
            let chart = try #require(parseSVG(svg), "not well-formed: \(svg)")
            let root = try #require(chart.elements.first)
            #expect(root.name == "svg")
            #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
            #expect(root.attributes["role"] == "img")
            #expect(root.attributes["width"] == "100%")
            #expect(root.attributes["viewBox"]?.hasPrefix("0 0 640 ") == true)
            #expect(root.attributes["class"]?.hasPrefix("chart ") == true)
            let axes = chart.all("line").filter { $0.attributes["class"]?.contains("axis") == true }
            let texts = chart.all("text")
            #expect(!axes.isEmpty)
            #expect(!texts.isEmpty)
        }
    }

    @Test func titleAndDescriptionAreWired() throws {
        for (index, svg) in allCharts(id: "pack-1", labels: sampleLabels, values: sampleValues).enumerated() {
            let chart = try #require(parseSVG(svg))
            let ids = try #require(chart.elements.first?.attributes["aria-labelledby"]).split(separator: " ").map(String.init)
            #expect(ids.count == 2)
            let title = try #require(chart.all("title").first { $0.attributes["id"] == ids.first })
            let desc = try #require(chart.all("desc").first { $0.attributes["id"] == ids.last })
            #expect(title.text == "Title ")
            #expect(desc.text == "Description ")
            #expect(ids[0].hasPrefix("pack-1-") && ids[0].hasSuffix("-title"))
            #expect(ids[1].hasSuffix("-desc"))
            // The title and description come first, right under the root.
            #expect(chart.elements.count > 2 && chart.elements[1].name == "title" && chart.elements[2].name == "desc")
            // Ids are unique within the chart and differ between charts.
            let all = chart.elements.compactMap { $0.attributes["id"] }
            #expect(Set(all).count == all.count)
            #expect(!allCharts(id: "pack-2", labels: sampleLabels, values: sampleValues)[index].contains(ids[0]))
        }
    }

    @Test func idsAreSanitized() throws {
        let a = SVGChart.horizontalBars(id: "\"><script>", text: chartText(), bars: []).render()
        let b = SVGChart.horizontalBars(id: "'><script>", text: chartText(), bars: []).render()
        let ida = try #require(parseSVG(a)?.first("title")?.attributes["id"])
        let idb = try #require(parseSVG(b)?.first("title")?.attributes["id"])
        #expect(ida != idb)
        for id in [ida, idb] {
            #expect(id.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" })
            #expect(id.first?.isLetter == true)
        }
        #expect(!a.contains("<script"))
        #expect(SVGChart.chartID("archetypes") == "archetypes")
        #expect(SVGChart.chartID("2024") != "2024")
    }

    @Test func hostileTextIsEscaped() throws {
        let text = ChartText(title: hostile[0], description: hostile[1], empty: hostile[2])
        let charts = allCharts(id: hostile[1], text: text, labels: hostile, values: [3, -1, 2])
            + allCharts(id: hostile[0], text: text, labels: [], values: [])
        let allowed: Set = ["svg", "title", "desc", "g", "rect", "line", "text", "tspan", "path", "circle"]
        for svg in charts {
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("<img"))
            #expect(!svg.contains("<b>"))
            let chart = try #require(parseSVG(svg), "not well-formed: \(svg)")
            #expect(Set(chart.elements.map(\.name)).isSubset(of: allowed))
            for element in chart.elements {
                #expect(!element.attributes.keys.contains { $0.lowercased().hasPrefix("on") || $0 == "src" || $0 == "href" })
                // Caller colours never reach attributes unless they are plain colours.
                if let fill = element.attributes["fill"] {
                    #expect(!fill.contains("<") && !fill.contains("\""))
                }
            }
            // The text survives, as text.
            let texts = chart.allText.joined(separator: "\n")
            #expect(texts.contains(hostile[0]))
            #expect(texts.contains(hostile[1]))
        }
    }

    @Test func controlCharactersKeepTheChartWellFormed() {
        let svg = SVGChart.horizontalBars(id: "x", text: chartText("\u{1}"), bars: [Bar(label: "a\u{0}b", value: 1, valueText: "\u{1B}")])
        #expect(parseSVG(svg) != nil)
    }

    @Test func emptyInputShowsTheEmptyText() throws {
        let text = ChartText(title: "Sizes", description: "Sizes of archetypes", empty: "No data <yet> & more")
        let charts = [
            SVGChart.horizontalBars(id: "a", text: text, bars: []),
            SVGChart.divergingBars(id: "b", text: text, bars: []),
            SVGChart.pairedBars(id: "c", text: text, series: (before: "Before", after: "After"), pairs: []),
            SVGChart.line(id: "d", text: text, values: [], xTicks: [(index: 0, label: "W1")], yLabel: { "\($0)" }),
            SVGChart.stackedBar(id: "e", text: text, parts: []),
            SVGChart.stackedBar(id: "f", text: text, parts: [.init(label: "Healthy", value: 0, valueText: "0", color: "#2f9e44")]),
        ]
        for svg in charts {
            let chart = try #require(parseSVG(svg))
            #expect(chart.all("text").contains { $0.text == "No data <yet> & more" })
        }
    }

    @Test func outputIsDeterministic() {
        let a = allCharts(labels: sampleLabels, values: sampleValues)
        let b = allCharts(labels: sampleLabels, values: sampleValues)
        #expect(a == b)
        let weekly = (0..<52).map { Double($0 % 7) * 1.37 }
        let ticks = stride(from: 0, to: 52, by: 4).map { (index: $0, label: "W\($0 + 1)") }
        #expect(SVGChart.line(id: "w", text: chartText(), values: weekly, xTicks: ticks, yLabel: { "\($0)" }).render()
                == SVGChart.line(id: "w", text: chartText(), values: weekly, xTicks: ticks, yLabel: { "\($0)" }).render())
    }

    @Test(arguments: [
        [0.0, 0, 0],
        [5.0],
        [0.0],
        [-3.0, -1, -7],
        [2.0, 2, 2, 2],
        [-2.0, 3, 0],
        [.nan, 1, .infinity],
        [-.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude],
        [Double.leastNonzeroMagnitude, 0],
        [1e-9, 2e-9],
    ])
    func degenerateValuesGiveFiniteGeometry(values: [Double]) throws {
        let labels = values.indices.map { "L\($0)" }
        for svg in allCharts(labels: labels, values: values) {
            let chart = try #require(parseSVG(svg), "not well-formed: \(svg)")
            for element in chart.elements {
                for (name, value) in element.attributes where !["class", "id", "aria-labelledby"].contains(name) {
                    let lower = value.lowercased()
                    #expect(!lower.contains("nan") && !lower.contains("inf") && !lower.contains("e+") && !lower.contains("e-"),
                            "\(element.name) \(name)=\(value)")
                }
            }
            // Numbers in geometry attributes have at most one decimal.
            for element in chart.elements where element.name != "svg" {
                for name in ["x", "y", "width", "height", "x1", "x2", "y1", "y2", "cx", "cy"] {
                    guard let value = element.attributes[name] else { continue }
                    #expect(Double(value) != nil, "\(name)=\(value)")
                    #expect(value.split(separator: ".").last.map { value.contains(".") ? $0.count <= 1 : true } ?? true)
                }
            }
        }
    }

    @Test func lineHasAxesGridlinesAndPath() throws {
        let values = (0..<26).map { Double($0 * $0 % 17) }
        let svg = SVGChart.line(id: "weekly", text: chartText(), values: values,
                                xTicks: [(index: 0, label: "Jan"), (index: 13, label: "Jul"), (index: 25, label: "Dec"), (index: 99, label: "Out")],
                                yLabel: { "\(Int($0)) events" })
        let chart = try #require(parseSVG(svg))
        let lines = chart.all("line")
        #expect(lines.filter { $0.attributes["class"]?.split(separator: " ").contains("axis") == true }.count >= 2)
        let grid = lines.filter { $0.attributes["class"] == "grid" }
        #expect((3...4).contains(grid.count))
        let paths = chart.all("path")
        #expect(paths.contains { $0.attributes["class"] == "line" && $0.attributes["d"]?.hasPrefix("M") == true })
        #expect(paths.contains { $0.attributes["class"] == "area" && $0.attributes["d"]?.hasSuffix("Z") == true })
        let texts = chart.all("text").map(\.text)
        #expect(texts.contains("0 events"))
        #expect(texts.contains("Jan") && texts.contains("Jul") && texts.contains("Dec"))
        #expect(!texts.contains("Out"))
    }

    @Test func longLabelsAreTruncatedWithTheFullLabelInATitle() throws {
        let long = String(repeating: "Very long archetype name ", count: 6)
        let svg = SVGChart.horizontalBars(id: "h", text: chartText(), bars: [Bar(label: long, value: 1, valueText: "1")])
        let chart = try #require(parseSVG(svg))
        let label = try #require(chart.all("text").first { $0.attributes["class"] == "label" })
        #expect(label.text.hasSuffix("…"))
        #expect(label.text.count < long.count)
        #expect(chart.all("title").contains { $0.text == long })
    }

    @Test func barsUseThePalette() throws {
        let svg = SVGChart.divergingBars(id: "d", text: chartText(), bars: [
            Bar(label: "up", value: 1, valueText: "+1"), Bar(label: "down", value: -1, valueText: "−1"),
        ])
        let bars = try #require(parseSVG(svg)).all("rect")
        #expect(bars.map { $0.attributes["fill"] } == ["#2f6fed", "#e8833a"])
        let highlighted = SVGChart.horizontalBars(id: "h", text: chartText(), bars: [
            Bar(label: "a", value: 2, valueText: "2"), Bar(label: "b", value: 1, valueText: "1", highlight: true),
        ])
        #expect(try #require(parseSVG(highlighted)).all("rect").map { $0.attributes["fill"] } == ["#2f6fed", "#e8833a"])
    }

    @Test func numbersAreFormattedWithAtMostOneDecimal() {
        #expect(SVGChart.num(0) == "0")
        #expect(SVGChart.num(-0.04) == "0")
        #expect(SVGChart.num(12.345) == "12.3")
        #expect(SVGChart.num(-0.5) == "-0.5")
        #expect(SVGChart.num(640) == "640")
        #expect(SVGChart.num(.nan) == "0")
        #expect(SVGChart.num(.infinity) == "0")
    }

    @Test func ticksAreRound() {
        #expect(SVGChart.niceTicks(low: 0, high: 0.3) == [0, 0.1, 0.2, 0.3])
        #expect(SVGChart.niceTicks(low: 0, high: 412) == [0, 200, 400, 600])
        #expect(SVGChart.niceTicks(low: -12, high: 8) == [-20, -10, 0, 10])
        #expect(SVGChart.niceTicks(low: 0, high: 1) == [0, 0.25, 0.5, 0.75, 1])
    }
}
