using System.Collections.Immutable;

namespace Accountability.Rules.CaseGeneration.Generation;

/// <summary>Free text a case states (names, descriptions, notes), in the style of the examples. Invented; no real people or enterprises.</summary>
internal static class TextPool
{
    public static readonly ImmutableArray<string> PersonNames = ["王某", "李某", "赵某", "孙某", "周某", "吴某", "郑某", "钱某", "陈某"];

    public static readonly ImmutableArray<string> EnterpriseIds = ["YB-TRADE", "YB-WATER", "YB-BUILD", "E1", "CSOE-ENERGY", "JN-GROUP", "BT-STEEL"];

    public static readonly ImmutableArray<string> EnterpriseNames = ["宜宾某商贸有限公司", "宜宾某水务集团有限公司", "某中央企业所属能源公司", "某市属建设集团有限公司", "Example Holdings Ltd."];

    public static readonly ImmutableArray<string> Subsidiaries = ["JN-LOGISTICS", "JN-PROPERTY", "JN-ENERGY", "某权属企业"];

    public static readonly ImmutableArray<string> Enterprises = ["某能源集团有限公司", "某交通建设集团有限公司", "某城市发展集团有限公司", "BT-STEEL", "BT-RAIL"];

    public static readonly ImmutableArray<string> LossDescriptions =
        ["预付货款无法收回", "罚息及诉讼费用", "为供应商银行借款提供担保的预计代偿损失（经评估机构评估）", "应收账款逾期: 三年以上", "\"空转\"贸易垫付款", "股权投资减值 #2"];

    public static readonly ImmutableArray<string> Notes = ["媒体报道", "境外项目合作方违约，预计损失可能达到重大资产损失标准", "已确认预付款损失", "省国资委关注", "核查后半年未作出处理决定", "note: see file 3"];

    public static readonly ImmutableArray<string> NoSalaryNotes = ["2023年3月起调任集团外单位", "已退休"];

    public static readonly ImmutableArray<string> DisciplineSanctions = ["党内警告", "党内严重警告", "撤销党内职务", "留党察看", "政务警告", "政务记过", "政务记大过", "政务降级", "政务撤职"];

    public static readonly ImmutableArray<string> ClueKinds = ["违规对外担保", "工程款超进度支付", "违规融资性贸易", "应收账款未及时追索"];

    public static readonly ImmutableArray<string> MatterDescriptions =
        ["大额应收账款逾期", "未经决策程序对外借款", "拟转让子公司股权", "巡察反馈问题整改不到位", "重大投资项目未按规定履行决策程序"];

    public static readonly ImmutableArray<string> Times = ["09:30", "14:00", "9:00", "15:45", "10:00", "16:30", "08:05"];

    public static readonly ImmutableArray<string> MalformedTimes = ["午后", "25:00", "9.30"];

    public static readonly ImmutableArray<string> Places = ["第一会议室", "三楼会议室", "主楼 305 室"];

    public static readonly ImmutableArray<string> Organisers = ["考核分配与监督稽查科", "监督追责处", "产权管理科"];

    public static readonly ImmutableArray<string> Hosts = ["张某（市国资委副主任）", "刘某（市国资委主任）", "黄某（处长）"];

    public static readonly ImmutableArray<string> Interviewees = ["主要负责人、分管负责人", "主要负责人", "分管负责人及相关部门负责人"];

    public static readonly ImmutableArray<string> NoticeNumbers = ["威国资监管约谈函〔2024〕3号", "渝国资监管约谈函〔2022〕1号", "约谈函〔2025〕12号"];

    public static readonly ImmutableArray<string> Contacts = ["马某 监督追责处", "杨某 考核分配与监督稽查科"];

    public static readonly ImmutableArray<string> Phones = ["0631-5233000", "023-63000000"];

    public static readonly ImmutableArray<string> CopiedTo = ["市纪委监委、市委组织部", "市委巡察办"];

    public static readonly ImmutableArray<string> People = ["张某、刘某", "黄某", "马某、杨某、何某"];
}
