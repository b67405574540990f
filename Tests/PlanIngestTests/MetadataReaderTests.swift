import Testing

@testable import PlanIngest

@Suite struct MetadataReaderTests {
    static let header = """
        标  题: 滨州市科学技术局关于印发《滨州市科技引领产业绿色低碳高质量发展实施方案》的通知
        发文字号: 滨科字〔2022〕73号 有 效 性: 0
        发布机关: 滨州市科学技术局
        成文日期: 2022-12-06

        """

    @Test func labelledHeader() {
        let metadata = MetadataReader.metadata(of: ScalarText(Self.header))
        #expect(metadata.title == "滨州市科技引领产业绿色低碳高质量发展实施方案")
        #expect(metadata.documentNumber == "滨科字〔2022〕73号")
        #expect(metadata.issuer == "滨州市科学技术局")
        #expect(metadata.issueDate?.iso == "2022-12-06")
        #expect(metadata.region == "滨州市")
    }

    @Test func forwardingNotice() {
        let text = "青岛西海岸新区管委办公室关于印发《科技强区建设三年行动方案(2023-2025年)》的通知\n各单位:\n现印发给你们。\n青岛西海岸新区管委办公室\n2023年6月9日\n"
        let metadata = MetadataReader.metadata(of: ScalarText(text))
        #expect(metadata.title == "科技强区建设三年行动方案(2023-2025年)")
        #expect(metadata.issuer == "青岛西海岸新区管委办公室")
        #expect(metadata.issueDate?.iso == "2023-06-09")
        #expect(metadata.horizon == Horizon(startYear: 2023, endYear: 2025))
    }

    @Test(arguments: [
        ("丰川市优化营商环境三年行动方案\n（2024—2026 年）\n丰政办发〔2024〕7 号\n", "丰川市优化营商环境三年行动方案（2024—2026年）"),
        ("丰川市优化营商环境三年行动方案\n丰政办发〔2024〕7号\n（此件公开发布）\n", "丰川市优化营商环境三年行动方案"),
        ("某市科技创新三年行动方案（2024—2026年）\n（2025年修订）\n", "某市科技创新三年行动方案（2024—2026年）"),
    ])
    func aTitleKeepsTheYearsAPageBrokeOntoTheNextLine(_ head: String, _ title: String) {
        #expect(MetadataReader.metadata(of: ScalarText(head + "一、主要目标\n")).title == title)
    }

    @Test(arguments: [
        ("科技强区建设三年行动方案(2023-2025年)", 2023, 2025),
        ("某市“十四五”科技创新规划", 2021, 2025),
        ("2023年全市科技工作要点", 2023, 2023),
        ("2024年政府工作报告", 2024, 2024),
        ("某市科技创新2024—2026年行动计划", 2024, 2026),
    ])
    func horizon(_ title: String, _ start: Int, _ end: Int) {
        #expect(
            MetadataReader.horizon(ofTitle: title, issueYear: nil) == Horizon(startYear: start, endYear: end))
    }

    @Test(arguments: ["关于加快科技创新的实施意见", "泰政发〔2024〕5号关于科技创新的实施意见"])
    func noHorizon(_ title: String) {
        #expect(MetadataReader.horizon(ofTitle: title, issueYear: nil) == nil)
    }

    @Test func citedDocumentNumbersAreNotTheDocumentsOwn() {
        let text = "根据《实施意见》(鲁政字〔2022〕225号)等文件精神,制定本方案。"
        #expect(MetadataReader.metadata(of: ScalarText(text)).documentNumber == nil)
    }

    @Test func titleLineAfterADocumentNumber() {
        let text = "泰政发〔2024〕 5号泰安市人民政府关于加快科技创新引领现代化产业体系建设的实施意见\n"
        let metadata = MetadataReader.metadata(of: ScalarText(text))
        #expect(metadata.title == "泰安市人民政府关于加快科技创新引领现代化产业体系建设的实施意见")
        #expect(metadata.region == "泰安市")
    }

    @Test func issuerBeforeAbout() {
        let metadata = MetadataReader.metadata(of: ScalarText("某省人民政府关于加快建设科技强省的实施意见\n"))
        #expect(metadata.issuer == "某省人民政府")
        #expect(metadata.region == "某省")
    }

    @Test func emptyTextHasNoMetadata() {
        #expect(MetadataReader.metadata(of: ScalarText("")) == DocumentMetadata())
    }

    @Test(arguments: [
        ("2026年四川省人民政府工作报告\n各位代表：\n", "四川省"),
        ("滨州市科学技术局关于印发《方案》的通知\n", "滨州市"),
    ])
    func regionLeavesOutAYearBeforeTheName(_ head: String, _ region: String) {
        #expect(MetadataReader.metadata(of: ScalarText(head)).region == region)
    }

    @Test func theSourceOfAReprintIsNotTheIssuer() {
        let head = "2026年湖北省政府工作报告\n来源：湖北日报\n各位代表：\n"
        #expect(MetadataReader.metadata(of: ScalarText(head)).issuer == nil)
    }

    @Test(arguments: [
        "2024年06月18日\n东岭市数字经济发展三年行动方案\n一、目标\n东岭市人民政府办公室\n2024年3月1日\n",
        "今天是：2024年6月18日 星期二\n东岭市数字经济发展三年行动方案\n东岭市人民政府办公室\n2024年3月1日\n",
        "发布时间：2024-03-08\n东岭市数字经济发展三年行动方案\n东岭市人民政府办公室\n2024年3月1日\n",
    ])
    func theDocumentsOwnDateComesBeforeThePagesDate(_ text: String) {
        #expect(MetadataReader.metadata(of: ScalarText(text)).issueDate?.iso == "2024-03-01")
    }

    @Test func aPageDateIsTakenWhenTheDocumentHasNone() {
        let text = "发布时间：2024-03-08\n东岭市数字经济发展三年行动方案\n一、目标\n"
        #expect(MetadataReader.metadata(of: ScalarText(text)).issueDate?.iso == "2024-03-08")
    }

    @Test func tableCellsOfAnInformationTableAreFieldsOfTheirOwn() {
        let text = "发文机关：\t青石县科学技术局\t成文日期：\t2024年02月20日\n文号：\t青科发〔2024〕3号\t发布日期：\t2024年02月26日\n"
        let metadata = MetadataReader.metadata(of: ScalarText(text))
        #expect(metadata.issuer == "青石县科学技术局")
        #expect(metadata.issueDate?.iso == "2024-02-20")
        #expect(metadata.documentNumber == "青科发〔2024〕3号")
    }
}
