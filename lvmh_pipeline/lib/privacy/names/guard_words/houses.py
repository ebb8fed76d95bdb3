"""The houses of the group and their neighbours, as the notes write them in every script.

``HOUSES`` (Latin letters, lower-case) are the houses whose product lines carry a person's name
("Berluti Andy", "Cartier Santos-Dumont", "Chaumet Joséphine", "Lady Dior"): the word right after a
house is that line, no client (:mod:`..houses`). ``HOUSES_OTHER_SCRIPTS`` are the same houses in
Hangul, katakana and Chinese characters ("쇼메", "ディオール", "卡地亚"): ordinary words, no names,
in :data:`BRANDS_AND_PRODUCTS`. Names that are given names too (Fred, Celine, Tiffany: 프레드, 셀린,
티파니) stay out of the second list; the lexicon holds them as ambiguous.
"""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.names.guard_words.helpers import _words

HOUSES = _words(
    """
    vuitton dior fendi celine céline loewe givenchy kenzo berluti bulgari bvlgari tiffany chaumet guerlain
    rimowa hennessy moët chanel hermès hermes gucci prada cartier rolex hublot zenith heuer boucheron chopard
    piaget omega breguet montblanc graff messika pomellato buccellati balenciaga valentino versace armani
    ferragamo burberry ysl chloé goyard delvaux repossi fred moynat patou pucci loro piana
    """
)

HOUSES_OTHER_SCRIPTS = _words(
    """
    루이비통 비통 디올 펜디 로에베 지방시 겐조 벨루티 불가리 쇼메 겔랑 리모와 헤네시 모엣 샤넬 에르메스 구찌 프라다
    까르띠에 카르티에 롤렉스 위블로 태그호이어 호이어 부쉐론 쇼파드 피아제 오메가 브레게 몽블랑 발렌시아가 발렌티노
    베르사체 아르마니 페라가모 버버리 생로랑 고야드 로로피아나 메시카 포멜라토 바쉐론 바셰론
    ヴィトン ルイヴィトン ディオール フェンディ セリーヌ ロエベ ジバンシィ ジバンシー ケンゾー ベルルッティ ブルガリ
    ショーメ ゲラン リモワ ヘネシー モエ シャンドン シャネル エルメス グッチ プラダ カルティエ ロレックス ウブロ
    ホイヤー ブシュロン ショパール ピアジェ オメガ ブレゲ モンブラン バレンシアガ ヴァレンティノ ヴェルサーチ
    アルマーニ フェラガモ バーバリー サンローラン ゴヤール メシカ ポメラート
    路易威登 迪奥 芬迪 思琳 罗意威 纪梵希 高田贤三 伯尔鲁帝 宝格丽 蒂芙尼 尚美 娇兰 日默瓦 轩尼诗 酩悦 香奈儿
    爱马仕 古驰 普拉达 卡地亚 劳力士 宇舶 真力时 泰格豪雅 宝诗龙 萧邦 欧米茄 宝玑 万宝龙 巴黎世家 华伦天奴
    范思哲 阿玛尼 菲拉格慕 博柏利 圣罗兰 戈雅
    """
)

# The same houses in Arabic script, as Gulf and Levantine notes spell them ("شنطة ديور", "ساعة كارتييه").
# Those that are given names too (سيلين Selin, تيفاني, كلوي, فالنتينو) are a house only after a product
# noun of :data:`ARABIC_PRODUCT_NOUNS` ("شنطة سيلين": a Celine bag; "سيلين اتصلت": a client).
HOUSES_ARABIC = _words(
    """
    ديور شانيل شانل هيرمس هيرميس إرميس ارميس غوتشي جوتشي قوتشي برادا كارتييه كارتيير كارتير
    بولغاري بلغاري بولجاري بفلغاري فندي فيندي جيفنشي جيفانشي لويفي لويوي فيتون فويتون رولكس رولكيس
    هوبلو شوميه شوميت غيرلان جيرلان ريموا هينيسي هينسي موييت مويت بيرلوتي برلوتي سيلين سلين تيفاني
    تيفانى كلوي شلوي زينيث بوشرون شوبارد بياجيه أوميغا اوميغا مونبلان فالنتينو فرساتشي فيرساتشي أرماني
    ارماني بربري بيربري بوربيري لوروبيانا ميسيكا بالنسياغا بالنسياجا سيفورا
    """
)
# Those of them that are given names in other scripts (Céline, Tiffany, Chloé, Valentino)
HOUSES_ARABIC_GIVEN = _words("سيلين سلين تيفاني تيفانى كلوي شلوي فالنتينو")
# Product nouns after which a house's name stands in Arabic (the noun first: "شنطة سيلين", "عطر كلوي").
ARABIC_PRODUCT_NOUNS = _words(
    """
    شنطة شنطه شنط حقيبة حقيبه حقائب جنطة جنطه ساعة ساعه ساعات عطر عطور برفان خاتم خواتم دبلة سوار أسورة
    اسوارة إسوارة اسواره قلادة قلاده عقد سلسلة سلسال حلق أقراط اقراط نظارة نظاره نظارات محفظة محفظه
    جزدان بوك جزمة حذاء شوز صندل وشاح شال إيشارب ايشارب حزام قميص فستان جاكيت بدلة طقم ماركة ماركه
    براند منتجات مجموعة تشكيلة كوليكشن
    """
)
