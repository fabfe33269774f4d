/// One bar: a label, a value used for geometry and the value as the reader should see it (already formatted).
public struct Bar: Sendable, Equatable {
    public var label: String
    public var value: Double
    public var valueText: String
    public var highlight: Bool = false

    public init(label: String, value: Double, valueText: String, highlight: Bool = false) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.highlight = highlight
    }
}
