internal import CLibXML2

/// Reads the cells of an Excel workbook (`.xlsx`), as Excel, WPS, LibreOffice, openpyxl or
/// plantrack itself saved it.
///
/// The archive is opened in memory by ``ZIPArchive`` and each part parsed with libxml2: the
/// sheet list (`xl/workbook.xml` and its relationships), shared strings, styles (to tell dates
/// from numbers) and every worksheet. A cell gives its shared or inline string, number,
/// boolean, error, or a formula's cached value; a number under a date format is a date.
///
/// ```swift
/// let sheets = try XLSXReader().sheets(in: bytes)
/// // [WorkbookSheet(name: "市科技局", rows: [WorkbookRow(number: 1, cells: [0: .text("目标编号"), …]), …])]
/// ```
public struct XLSXReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// The largest part the reader unpacks, which bounds the memory a forged archive can claim.
    public static let maximumPartSize = 256 * 1024 * 1024

    /// The worksheets of a workbook, in tab order (chart sheets are left out).
    /// - Parameter bytes: The bytes of the `.xlsx` file.
    /// - Throws: ``IngestError/empty`` or ``IngestError/unreadableWorkbook(part:reason:)``.
    /// - Complexity: O(*n*) in the unpacked size of the parts read.
    public func sheets(in bytes: [UInt8]) throws(IngestError) -> [WorkbookSheet] {
        guard !bytes.isEmpty else { throw .empty }
        let archive: ZIPArchive
        do {
            archive = try ZIPArchive(bytes)
        } catch {
            throw .unreadableWorkbook(part: "", reason: "it is not a readable ZIP archive; \(error.reason)")
        }
        guard let workbook = try Self.document(archive, "xl/workbook.xml") else {
            throw .unreadableWorkbook(
                part: "", reason: "it has no xl/workbook.xml, so it is not an Excel workbook")
        }
        let relationships = try Self.relationships(archive)
        let sharedStrings = try Self.sharedStrings(archive)
        let dateStyles = try Self.dateStyles(archive)
        let uses1904 =
            workbook.root.first("workbookPr")?.attribute("date1904").map { $0 == "1" || $0 == "true" }
            ?? false
        var sheets: [WorkbookSheet] = []
        for sheet in workbook.root.first("sheets")?.children("sheet") ?? [] {
            let name = sheet.attribute("name") ?? ""
            guard let id = sheet.attribute("id"), let target = relationships[id] else {
                throw .unreadableWorkbook(
                    part: "xl/workbook.xml", reason: "sheet '\(name)' points to no part")
            }
            let part = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard part.contains("worksheets/") else { continue }
            guard let document = try Self.document(archive, part) else {
                throw .unreadableWorkbook(part: part, reason: "sheet '\(name)' is missing from the archive")
            }
            let reading = SheetReading(
                sharedStrings: sharedStrings, dateStyles: dateStyles, uses1904: uses1904, part: part)
            sheets.append(WorkbookSheet(name: name, rows: try reading.rows(of: document.root)))
        }
        return sheets
    }

    /// The parsed part, or `nil` when the archive has no such member.
    private static func document(_ archive: ZIPArchive, _ part: String) throws(IngestError) -> XMLDocument? {
        guard let member = archive.member(named: part) else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try archive.contents(of: member, limit: maximumPartSize)
        } catch {
            throw .unreadableWorkbook(part: part, reason: error.reason)
        }
        guard let document = XMLDocument(bytes, name: part) else {
            throw .unreadableWorkbook(part: part, reason: "it is not well-formed XML")
        }
        return document
    }

    /// The workbook's relationship targets by id (`rId1` → `worksheets/sheet1.xml`).
    private static func relationships(_ archive: ZIPArchive) throws(IngestError) -> [String: String] {
        guard let document = try document(archive, "xl/_rels/workbook.xml.rels") else { return [:] }
        var targets: [String: String] = [:]
        for relationship in document.root.children("Relationship") {
            if let id = relationship.attribute("Id"), let target = relationship.attribute("Target") {
                targets[id] = target
            }
        }
        return targets
    }

    /// The shared strings, each the text of its runs (phonetic guides left out).
    private static func sharedStrings(_ archive: ZIPArchive) throws(IngestError) -> [String] {
        guard let document = try document(archive, "xl/sharedStrings.xml") else { return [] }
        return document.root.children("si").map(\.richText)
    }

    /// For each cell style index, whether its number format shows a date.
    private static func dateStyles(_ archive: ZIPArchive) throws(IngestError) -> [Bool] {
        guard let document = try document(archive, "xl/styles.xml") else { return [] }
        var customDates: [Int: Bool] = [:]
        for format in document.root.first("numFmts")?.children("numFmt") ?? [] {
            if let id = format.attribute("numFmtId").flatMap(Int.init),
                let code = format.attribute("formatCode")
            {
                customDates[id] = XLSXNumberFormat.isDate(code: code)
            }
        }
        return (document.root.first("cellXfs")?.children("xf") ?? []).map { style in
            guard let id = style.attribute("numFmtId").flatMap(Int.init) else { return false }
            return customDates[id] ?? XLSXNumberFormat.builtInDateIDs.contains(id)
        }
    }
}

/// What a worksheet's cells need from the rest of the workbook.
private struct SheetReading {
    var sharedStrings: [String]
    var dateStyles: [Bool]
    var uses1904: Bool
    var part: String

    func rows(of worksheet: XMLElement) throws(IngestError) -> [WorkbookRow] {
        var rows: [WorkbookRow] = []
        var nextRow = 1
        for row in worksheet.first("sheetData")?.children("row") ?? [] {
            let number = row.attribute("r").flatMap(Int.init) ?? nextRow
            nextRow = number + 1
            var cells: [Int: WorkbookValue] = [:]
            var nextColumn = 0
            for cell in row.children("c") {
                let reference = cell.attribute("r")
                let column = reference.flatMap(Self.column(of:)) ?? nextColumn
                nextColumn = column + 1
                if let value = try value(of: cell, at: reference ?? "row \(number)") { cells[column] = value }
            }
            if !cells.isEmpty { rows.append(WorkbookRow(number: number, cells: cells)) }
        }
        return rows
    }

    /// A cell's value, or `nil` when it holds nothing (a styled blank).
    private func value(of cell: XMLElement, at reference: String) throws(IngestError) -> WorkbookValue? {
        let type = cell.attribute("t") ?? "n"
        if type == "inlineStr" { return cell.first("is").map { .text($0.richText) } }
        guard let raw = cell.first("v")?.text else { return nil }
        switch type {
        case "s":
            guard let index = Int(raw), sharedStrings.indices.contains(index) else {
                throw .unreadableWorkbook(
                    part: part, reason: "cell \(reference) names a shared string that is not there")
            }
            return .text(sharedStrings[index])
        case "str":
            return .text(raw)
        case "b":
            return .boolean(raw == "1" || raw == "true")
        case "e":
            return .error(raw)
        default:
            guard let number = Double(raw.trimmingWhitespace()) else {
                throw .unreadableWorkbook(
                    part: part, reason: "cell \(reference) holds '\(raw)', which is no number")
            }
            if let style = cell.attribute("s").flatMap(Int.init), dateStyles.indices.contains(style),
                dateStyles[style], let day = XLSXNumberFormat.day(serial: number, uses1904: uses1904)
            {
                return .date(day)
            }
            return .number(number)
        }
    }

    /// The 0-based column of a reference such as `B7` or `AA12`.
    static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            column = column * 26 + Int(scalar.value - 64)
            letters += 1
        }
        return letters == 0 || letters > 3 ? nil : column - 1
    }
}

/// A parsed XML part, freed with its last reference.
private final class XMLDocument {
    private let pointer: xmlDocPtr
    let root: XMLElement

    init?(_ bytes: [UInt8], name: String) {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_HUGE.rawValue)
        let parsed = bytes.withUnsafeBytes { buffer in
            buffer.baseAddress.flatMap { base in
                xmlReadMemory(
                    base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), name, nil, options)
            }
        }
        guard let parsed, let root = xmlDocGetRootElement(parsed) else {
            if let parsed { xmlFreeDoc(parsed) }
            return nil
        }
        pointer = parsed
        self.root = XMLElement(node: root)
    }

    deinit { xmlFreeDoc(pointer) }
}

/// An element of a parsed part, looked at by local name (namespaces set aside: writers differ
/// in their prefixes).
private struct XMLElement {
    let node: xmlNodePtr

    /// The child elements called `name`.
    func children(_ name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        var next = node.pointee.children
        while let child = next {
            if child.pointee.type == XML_ELEMENT_NODE, let childName = child.pointee.name,
                String(cString: childName) == name
            {
                found.append(XMLElement(node: child))
            }
            next = child.pointee.next
        }
        return found
    }

    /// The first child element called `name`.
    func first(_ name: String) -> XMLElement? { children(name).first }

    /// The attribute called `name` (by local name, so `r:id` is `id`).
    func attribute(_ name: String) -> String? {
        var next = node.pointee.properties
        while let property = next {
            if let propertyName = property.pointee.name, String(cString: propertyName) == name {
                return Self.text(from: property.pointee.children)
            }
            next = property.pointee.next
        }
        return nil
    }

    /// The text directly inside the element.
    var text: String { Self.text(from: node.pointee.children) }

    /// The text and CDATA nodes from `first` on, joined.
    private static func text(from first: xmlNodePtr?) -> String {
        var text = ""
        var next = first
        while let child = next {
            if child.pointee.type == XML_TEXT_NODE || child.pointee.type == XML_CDATA_SECTION_NODE,
                let content = child.pointee.content
            {
                text += String(cString: content)
            }
            next = child.pointee.next
        }
        return text
    }

    /// The text of a string item: its own `t`, or its runs' `t`s, without phonetic guides.
    var richText: String {
        if let plain = first("t") { return Self.unescaped(plain.text) }
        return Self.unescaped(children("r").compactMap { $0.first("t")?.text }.joined())
    }

    /// The text with Excel's `_xHHHH_` escapes (for characters XML cannot carry) undone.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            // `_x` + four hex digits + `_`
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x",
                scalars[index + 6] == "_",
                let code = UInt32(
                    String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                result.append(scalar)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }
}
