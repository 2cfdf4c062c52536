/**
 * Word banks for synthetic 西城区 government news. Drawn from the register of
 * the real site (see ../shared/seed): departments, the 15 街道, recurring
 * work topics and the set phrases these articles are built from, so that the
 * benchmark's pages have the length, vocabulary and punctuation of real ones.
 */

/** 区级部门 and bodies that issue news and documents. */
export const departments = [
  "区委办公室", "区政府办公室", "区发展改革委", "区教委", "区科信局", "区民政局", "区司法局", "区财政局",
  "区人力资源社会保障局", "区生态环境局", "区住房城市建设委", "区城市管理委", "区交通委", "区商务局",
  "区文化和旅游局", "区卫生健康委", "区退役军人事务局", "区应急管理局", "区市场监管局", "区统计局",
  "区体育局", "区城管执法局", "区园林绿化局", "区金融办", "区政务服务局", "区数据局", "区医保局",
  "区国资委", "区审计局", "区信访办", "区残联", "区妇联", "团区委", "区科协", "区税务局", "区消防救援支队",
] as const;

/** The 15 街道 of 西城区. */
export const subdistricts = [
  "西长安街街道", "新街口街道", "月坛街道", "展览路街道", "德胜街道", "金融街街道", "什刹海街道", "大栅栏街道",
  "天桥街道", "椿树街道", "陶然亭街道", "广安门内街道", "牛街街道", "白纸坊街道", "广安门外街道",
] as const;

/** Well-known places, for colour in news items. */
export const places = [
  "什刹海", "白塔寺", "大栅栏", "琉璃厂", "天桥演艺区", "金融街", "北京坊", "广安门内大街", "新街口北大街",
  "西单商业区", "陶然亭公园", "月坛公园", "北京动物园周边", "中轴线南段", "先农坛", "法源寺", "鲁迅故居",
] as const;

/** Recurring work topics (工作主题). */
export const topics = [
  "垃圾分类", "老旧小区综合整治", "接诉即办", "优化营商环境", "文物腾退与保护利用", "居家养老服务",
  "义务教育入学", "消防安全", "背街小巷环境精细化整治", "中轴线申遗保护", "安全生产", "疫苗接种",
  "就业创业", "社区卫生服务", "冬季供暖", "防汛", "全国文明城区创建", "无障碍环境建设", "适老化改造",
  "数字政府建设", "政务服务“一网通办”", "街巷长制", "停车治理", "群租房整治", "食品安全", "燃气安全",
  "节能减排", "历史文化街区更新", "基层治理", "志愿服务", "人才引进", "金融风险防范", "扫黑除恶",
  "未成年人保护", "普法宣传", "退役军人服务保障", "残疾人就业", "医疗保障", "城市更新", "营商环境改革",
] as const;

/** Kinds of event for 工作动态 headlines. */
export const events = [
  "工作部署会", "推进会", "专题会", "调研座谈会", "现场会", "培训会", "动员大会", "总结表彰会",
  "联席会议", "专项检查", "宣传活动", "集中宣传日活动", "应急演练", "观摩交流活动",
] as const;

/** Verbs that open a 工作动态 headline after the actor. */
export const newsVerbs = ["召开", "举办", "开展", "组织", "启动", "部署"] as const;

/** Kinds of notice for 通知公告. */
export const noticeKinds = ["通知", "公告", "公示", "通告"] as const;

/** What a notice is about. */
export const noticeSubjects = [
  "开展{topic}工作", "做好{year}年{topic}工作", "{year}年{topic}专项资金拟支持项目", "{topic}相关事项",
  "公开招聘社区工作者", "{year}年度政府信息公开工作年度报告", "征集{topic}意见建议", "临时交通管理措施",
  "{year}年度行政许可事项清单调整", "{topic}试点单位名单", "停水停电安排", "供暖季便民服务措施",
] as const;

/** Kinds of policy document for 政策文件. */
export const documentKinds = ["实施方案", "工作方案", "管理办法", "实施意见", "行动计划", "若干措施", "三年行动计划", "实施细则"] as const;

/** Opening phrases of body paragraphs. */
export const paragraphOpeners = [
  "会议指出，", "会议强调，", "会议要求，", "据介绍，", "近年来，", "下一步，", "与会人员表示，",
  "活动现场，", "截至目前，", "今年以来，", "为进一步落实相关部署，", "按照市委市政府部署，", "调研中，",
] as const;

/** Clauses that make up the bulk of a paragraph. */
export const clauses = [
  "要坚持以人民为中心的发展思想", "深入践行“红墙意识”", "持续擦亮“红墙先锋”党建品牌",
  "把{topic}工作摆在更加突出的位置", "压紧压实各方责任", "加强统筹协调和督促检查", "形成工作合力",
  "切实解决群众身边的急难愁盼问题", "推动{topic}工作取得新成效", "以“首善之首”高标准推进各项任务",
  "进一步提升{topic}的精细化管理水平", "着力打造“友好之城”", "建立健全长效机制",
  "做好政策宣传解读", "及时回应群众关切", "确保各项措施落地见效", "营造全社会共同参与的良好氛围",
  "坚持问题导向和目标导向", "以接诉即办为抓手推动主动治理、未诉先办", "加强部门协同和街道联动",
  "充分发挥党建引领作用", "统筹发展和安全", "推动首都功能核心区建设再上新台阶",
  "为建设国际一流的和谐宜居之都首善之区作出新贡献", "全区共完成相关点位排查{n}处",
  "累计服务居民群众{n}人次", "惠及居民{n}余户", "整改各类问题隐患{n}项", "新增便民服务网点{n}个",
  "与{subdistrict}建立结对协作机制", "在{place}周边开展集中整治", "组织{department}等单位联合检查",
] as const;

/** Closing sentences of an article. */
export const closings = [
  "{department}、{subdistrict}等相关单位负责同志参加会议。",
  "区领导及相关部门、各街道主要负责同志参加。",
  "本次活动共吸引居民群众{n}余人次参与。",
  "下一步，{department}将持续跟踪问效，确保工作落到实处。",
  "会议以视频形式召开，各街道设分会场。",
  "居民如有疑问，可拨打12345市民服务热线咨询。",
] as const;

/** Questions of a 政策解读 Q&A. */
export const questions = [
  "为什么要制定这一文件？", "文件的适用范围是什么？", "主要内容有哪些？", "哪些人可以申请？",
  "申请需要准备哪些材料？", "办理流程和时限是怎样的？", "与原有政策相比有哪些变化？", "如何监督政策落实？",
  "居民遇到问题可以向哪里咨询？", "政策从什么时候开始实施？",
] as const;

/** Heading numerals for sectioned documents. */
export const sectionNumerals = ["一", "二", "三", "四", "五", "六", "七", "八"] as const;

/** Section titles of a policy document. */
export const sectionTitles = [
  "总体要求", "工作目标", "重点任务", "保障措施", "职责分工", "实施步骤", "适用范围", "申请条件", "办理程序", "监督管理", "附则",
] as const;

/** Sources (来源) other than the site's default. */
export const sources = ["西城区融媒体中心", "北京西城官方微信", "西城报", "首都之窗", ...departments.slice(0, 12).map((d) => `西城区${d.slice(1)}`)] as const;
