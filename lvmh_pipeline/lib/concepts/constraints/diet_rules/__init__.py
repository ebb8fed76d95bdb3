"""Whether a diet word states the client's diet now: diets given up or abandoned
(``abandoned_diets``), diet words that state none (``diet_senses``: "금주 토요일", "kosher not required"),
meat left out on a weekday or pig leather (``diet_scope``), gluten-free by choice and dairy kept apart
from meat (``chosen_free_from``), alcohol-free products (``product_alcohol``) and an eating window that is
intermittent fasting (``eating_window``), the diets of a list after a label of things done without
("忌口：猪肉", "Avoids: alcohol"; ``avoid_labels``), wine listed after pork or alcohol done without
("nada con cerdo ni vino"; ``listed_drinks``), a vegan diet changed over time ("was vegan, eats fish again":
``resumed_foods``), foods a condition or a pregnancy keeps out, no allergy ("gout, so no shellfish":
``condition_foods``), a diet's dish chosen once ("오늘은 채식 메뉴로"; ``one_time_menus``) and a meatless diet kept
some days only ("평일엔 채식"; ``part_time_meatless``). The entry points are in :mod:`..diets` and :mod:`..allergies`."""
