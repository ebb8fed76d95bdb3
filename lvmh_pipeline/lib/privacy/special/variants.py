"""One alias, every way of writing it: Chinese in both scripts, English in both spellings, a
Romance identity word in both genders and numbers.

Notes from mainland China use simplified characters, from Taiwan, Hong Kong and Macau
traditional ones ("维吾尔族"/"維吾爾族", "抑郁症"/"憂鬱症" aside, "心脏病"/"心臟病",
"民进党"/"民進黨"). :func:`script_variants` gives a Chinese alias in the other script too, by a
table of the characters that differ (the ones of health, belief, politics, origin and union
vocabulary, and the common words around them). Characters whose traditional form depends on
the word (干 乾/幹, 后 后/後, 发 發/髮, 里 里/裡, 台 台/臺) are left as written: a wrong form only
adds an alias that nothing matches, a missing one an alias written in the other script.
"""

from __future__ import annotations

import re

__all__ = ["inflection_variants", "script_variants", "spelling_variants"]

# simplified, traditional; pairs separated by spaces
_PAIRS = (
    "业業 东東 丝絲 严嚴 个個 为為 丽麗 举舉 乌烏 乐樂 乡鄉 书書 买買 亚亞 产產 亲親 们們 价價 众眾 会會 传傳 伤傷 "
    "伦倫 侣侶 侧側 侨僑 倾傾 儿兒 党黨 兰蘭 关關 兴興 养養 内內 农農 冻凍 净淨 减減 划劃 创創 剧劇 动動 劳勞 区區 "
    "医醫 华華 协協 单單 卫衛 压壓 厌厭 参參 双雙 变變 叙敘 听聽 员員 哑啞 团團 围圍 国國 图圖 圣聖 场場 坚堅 壮壯 "
    "复復 头頭 妈媽 婴嬰 学學 宁寧 实實 宫宮 宾賓 导導 岛島 师師 带帶 广廣 库庫 应應 庙廟 开開 张張 弥彌 归歸 忆憶 "
    "怀懷 总總 恋戀 恶惡 惊驚 惯慣 忧憂 郁鬱 虑慮 护護 损損 执執 数數 断斷 无無 时時 晕暈 暂暫 术術 机機 杂雜 极極 "
    "标標 样樣 桥橋 检檢 柜櫃 欧歐 残殘 气氣 汉漢 沟溝 泻瀉 济濟 浓濃 湾灣 湿濕 满滿 灵靈 点點 烧燒 热熱 爱愛 尔爾 "
    "犹猶 独獨 状狀 猪豬 疗療 疡瘍 疮瘡 疯瘋 痪瘓 痫癇 痴癡 瘫癱 瘾癮 癫癲 癣癬 监監 盖蓋 盘盤 确確 码碼 础礎 碍礙 "
    "矿礦 礼禮 祷禱 禅禪 种種 积積 稳穩 笃篤 筑築 节節 类類 纤纖 红紅 纯純 纱紗 纳納 纺紡 纽紐 练練 组組 细細 织織 "
    "经經 结結 给給 统統 继繼 维維 综綜 绿綠 缅緬 缓緩 网網 罗羅 罢罷 职職 联聯 聋聾 聪聰 肠腸 肤膚 肾腎 肿腫 胆膽 "
    "脉脈 脏臟 脑腦 脚腳 腊臘 苏蘇 药藥 营營 萨薩 蓝藍 虽雖 补補 装裝 见見 规規 视視 觉覺 计計 订訂 训訓 议議 记記 "
    "讲講 论論 证證 诊診 试試 诗詩 诚誠 话話 询詢 读讀 负負 责責 质質 贫貧 购購 贯貫 赛賽 车車 轮輪 轻輕 较較 输輸 "
    "达達 过過 运運 进進 远遠 适適 选選 逊遜 遗遺 钢鋼 铁鐵 银銀 锡錫 长長 门門 闭閉 问問 间間 阁閣 阅閱 阑闌 险險 "
    "难難 静靜 鞑韃 韩韓 项項 领領 颈頸 题題 颤顫 风風 饮飲 马馬 驱驅 髋髖 鲁魯 鲜鮮 鸣鳴 麦麥 黄黃 齐齊 龙龍 体體 "
    "着著 与與 历歷 厂廠 云雲 电電 线線 艺藝 边邊 还還 这這 连連 针針 钟鐘 阳陽 阴陰 陆陸 队隊 际際 陈陳 随隨 隐隱 "
    "页頁 顺順 须須 顾顧 预預 频頻 额額 飞飛 饭飯 馆館 验驗 鱼魚 鸟鳥 齿齒 仪儀 优優 债債 击擊 则則 办辦 务務 势勢 "
    "卖賣 县縣 号號 启啟 响響 坏壞 块塊 坛壇 处處 备備 够夠 奋奮 妇婦 孙孫 宝寶 审審 对對 寻尋 将將 层層 岁歲 帮幫 "
    "庄莊 庆慶 废廢 异異 弃棄 弯彎 当當 录錄 态態 战戰 戏戲 扩擴 报報 担擔 挂掛 换換 据據 摄攝 敌敵 斋齋 杀殺 权權 "
    "条條 来來 构構 树樹 梦夢 楼樓 欢歡 毕畢 汇匯 泪淚 测測 灭滅 灯燈 灾災 烟煙 烦煩 环環 现現 画畫 盐鹽 祸禍 离離 "
    "秃禿 称稱 稣穌 穷窮 竞競 笔筆 签簽 简簡 紧緊 纪紀 约約 级級 纸紙 终終 绍紹 绝絕 续續 编編 缘緣 缩縮 胜勝 胶膠 "
    "荣榮 获獲 虫蟲 观觀 触觸 认認 让讓 许許 设設 访訪 评評 识識 诉訴 词詞 译譯 该該 详詳 语語 误誤 说說 请請 课課 "
    "谁誰 调調 谈談 谢謝 贝貝 财財 败敗 货貨 贵貴 费費 资資 赋賦 赖賴 赞贊 赵趙 转轉 软軟 载載 辅輔 辈輩 辞辭 迁遷 "
    "违違 迟遲 递遞 邮郵 邻鄰 郑鄭 释釋 钱錢 铜銅 销銷 锁鎖 错錯 镜鏡 闻聞 阶階 顶頂 顿頓 颗顆 饰飾 驻駐 驾駕 骗騙 "
    "鸡雞 龄齡 龟龜 觐覲 荡蕩 松鬆 帝帝 乔喬 侦偵 俄俄 兹茲 凉涼 剂劑 劝勸 卧臥 厅廳 吓嚇 呕嘔 哗嘩 唤喚 喷噴 垫墊 "
    "复復 夺奪 奖獎 妆妝 娱娛 宪憲 宽寬 尝嘗 帅帥 帐帳 并並 彻徹 径徑 怜憐 恳懇 恼惱 悬懸 惧懼 惨慘 愤憤 愿願 扑撲 "
    "扫掃 扬揚 抢搶 拟擬 挤擠 挥揮 摆擺 摇搖 撑撐 斗鬥 朴樸 杨楊 杰傑 档檔 横橫 泽澤 洁潔 浅淺 涂塗 润潤 涨漲 渔漁 "
    "溃潰 滚滾 炉爐 烂爛 烫燙 爷爺 牵牽 牺犧 献獻 猎獵 猫貓 玛瑪 畅暢 痒癢 矫矯 砖磚 硕碩 窃竊 筛篩 粮糧 纷紛 绕繞 "
    "绘繪 绩績 绪緒 绳繩 罚罰 肃肅 胁脅 腾騰 舰艦 艰艱 艳艷 芦蘆 苍蒼 茎莖 荐薦 莱萊 萝蘿 蒋蔣 蚀蝕 衬襯 袭襲 誉譽 "
    "讨討 讯訊 诞誕 谊誼 谋謀 谓謂 谨謹 谱譜 贞貞 贡貢 贪貪 贴貼 贺賀 赌賭 赏賞 赔賠 赚賺 赠贈 赶趕 趋趨 跃躍 践踐 "
    "轨軌 辆輛 辉輝 辑輯 辽遼 迈邁 酿釀 钓釣 钙鈣 钥鑰 铃鈴 铅鉛 铺鋪 链鏈 锅鍋 锋鋒 锦錦 键鍵 镇鎮 闪閃 闯闖 闷悶 "
    "阀閥 阔闊 阵陣 陕陝 隶隸 韦韋 顽頑 颜顏 飘飄 饱飽 馈饋 驰馳 驶駛 骂罵 骚騷 鸭鴨 鹅鵝 龈齦 疗療 愈癒 症症 "
    "卢盧 叶葉 岩巖 汤湯 蛊蠱 谣謠 蜡蠟 秽穢 庐廬 恒恆 凭憑 签簽 径徑 纠糾 绑綁 腻膩 脓膿 疖癤 疟瘧 痈癰 瘘瘻 "
    "癞癩 疬癧 肮骯 脐臍 胫脛 颅顱 颌頜 颊頰 睑瞼 龋齲 呜嗚 哮哮 喘喘 咛嚀 忏懺 讽諷 诵誦 祯禎 禀稟 "
)
_TO_TRADITIONAL = {pair[0]: pair[1] for pair in _PAIRS.split() if len(pair) == 2 and pair[0] != pair[1]}
_TO_SIMPLIFIED = {trad: simp for simp, trad in _TO_TRADITIONAL.items()}


def script_variants(alias: str) -> set[str]:
    """``alias`` in traditional and in simplified characters (without ``alias`` itself)."""
    traditional = "".join(_TO_TRADITIONAL.get(c, c) for c in alias)
    simplified = "".join(_TO_SIMPLIFIED.get(c, c) for c in alias)
    return {traditional, simplified} - {alias}


# British spellings and their American forms, inside a word: "anaemia"/"anemia",
# "oedema"/"edema", "paralysed"/"paralyzed", "hospitalised"/"hospitalized", "tumour"/"tumor";
# and back for the "-ize"/"-yze" verbs. "Labour" (the party) is no "labor", "our" no "or".
_SPELLINGS = (
    (re.compile(r"(?<=[^\W\d_])ae(?=[^\W\dl_])"), "e"),  # not "Gael", "Israel"
    (re.compile(r"oe(?=d|l|a|soph|str|tus|tal)", re.IGNORECASE), "e"),  # not "goes", "does", "poet"
    (re.compile(r"(?<=[^\W\d_]{2})(?<![^\W\d_]w)ys(?=e[ds]?\b|ing\b)"), "yz"),
    (re.compile(r"(?<=[^\W\d_]{3})is(?=e[ds]?\b|ing\b|ation)"), "iz"),
    (re.compile(r"(?<=[^\W\d_]{3})(?<![lL]ab)our(?=s?\b)"), "or"),
    (re.compile(r"(?<=[^\W\d_]{2})yz(?=e[ds]?\b|ing\b)"), "ys"),
    (re.compile(r"(?<=[^\W\d_]{3})iz(?=e[ds]?\b|ing\b|ation)"), "is"),
)


def spelling_variants(alias: str) -> set[str]:
    """``alias`` in the other English spelling (without ``alias`` itself); a word spelt the
    same way in both gives nothing."""
    variant = alias
    for pattern, replacement in _SPELLINGS[:5]:
        variant = pattern.sub(replacement, variant)
    back = alias
    for pattern, replacement in _SPELLINGS[5:]:
        back = pattern.sub(replacement, back)
    return {variant, back} - {alias}


# A Romance word for a person ("luterano", "judía", "ateo", "católica", "budista", "catholique")
# in the other gender and in the plural, for a couple or a family ("son luteranos", "ambas son
# judías", "i genitori sono ebrei"). Only the endings of adjectives and person nouns are
# inflected ("-ano", "-ico", "-ero", "-ado", "-eo", "-ista", "-ita"; French "-ique", "-iste",
# "-ien"): a noun ("asma", "sida", "progre", "hausa") stays as written ("sido" is "been",
# "progres" French, "hause" German), and so does an alcohol word ("bebidas alcohólicas").
_GENDERED = re.compile(r"(?:an|in|ic|er|ad|e|ític|ést|ens|ol)[oa]$")
_PERSON = re.compile(r"(?:ist|it)a$")
_FRENCH = re.compile(r"(?:ique|iste|ite|ien|ienne|ain|aine)$")
_IT_PLURALS = (("ca", "che"), ("co", "ci"), ("ga", "ghe"), ("go", "ghi"), ("a", "e"), ("o", "i"))


def inflection_variants(language: str, alias: str) -> set[str]:
    """A one-word lower-case ``alias`` of ``language`` (ES, PT, IT, FR) in its other gender and
    number (see above); nothing for a phrase, a stem, a name, a short word or a noun."""
    if language not in ("ES", "PT", "IT", "FR") or len(alias) < 5 or not alias.isalpha() or not alias.islower():
        return set()
    if "alco" in alias:
        return set()
    if language == "FR":
        return {alias + "s"} if _FRENCH.search(alias) else set()
    forms = {alias}
    if _GENDERED.search(alias):
        forms.add(alias[:-1] + ("a" if alias.endswith("o") else "o"))
    elif not _PERSON.search(alias):
        return set()
    plurals = set()
    for form in forms:
        if language == "IT":
            plurals |= {form[: -len(end)] + plural for end, plural in _IT_PLURALS[:4] if form.endswith(end)} or {
                form[:-1] + plural for end, plural in _IT_PLURALS[4:] if form.endswith(end)}
        else:
            plurals.add(form + "s")
    return (forms | plurals) - {alias}
