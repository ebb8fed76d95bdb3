"""Art. 9 facts the w34 notes (voice transcriptions, everyday paraphrase) left untouched, session 31
(F1b), probed with phrasings written for this test (none is a note's), in every language where the
class exists:

- a candidacy told by an idiom of running, a list or a re-election ("throw one's hat in the ring",
  "sich aufstellen lassen", "va de número tres en la lista", "tentar a reeleição", "〜選に出る",
  "竞选连任", "يخوض الانتخابات"), campaigning without a party (on the ballot, on the hustings,
  "Listenplatz", "reparte propaganda", "доверенное лицо кандидата"), work on a named person's
  campaign ("the governor's campaign", "campaña de la alcaldesa"), a seat named by its assembly,
  a coalition side as a leaning ("centrodestra") and party slang ("vote écolo", "铁杆绿");
- a union role told as a duty at work: the one who bargains for the workers (works-council and
  staff delegates, "Vertrauensmann", "comité de empresa", "acordo coletivo", "cao-onderhandelaar",
  "団体交渉", "교섭위원", "劳资谈判", "ممثل العمال") and a strike one joins with one's colleagues (the
  bargaining round alone, "春闘", "임단협", stays readable: on the held-out and dev notes it restates
  a union office already named);
- a religious fast told by its hours or its end ("until sunset", "rupture du jeûne",
  "van zonsopgang tot zonsondergang", "白天不吃不喝"), the Sabbath told by Friday's sunset, a
  baptism as an adult's own act, an Afro-Brazilian house of worship and its orixá, the Camino, a
  pilgrimage verb, the daily prayers, i'tikaf, a conversion verb;
- a partnership registration only same-sex couples make (Japanese municipal
  "パートナーシップ宣誓/制度").

Kept readable (precision): a fast before a blood test, a sunset dinner, a Friday delivery, a
baptism as a gift occasion, a list of gifts, a re-election of a board, a salary negotiation of the
client's own, a business partnership, an eco-friendly bag, a strike that delays a delivery, an
advertising campaign, a car's back seat, a lawyer's mandate, "la Mecque de la mode".
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of

POLITICS = [
    ("He's throwing his hat in the ring for the school board vote.", "throwing his hat in the ring"),
    ("She threw her hat into the ring for mayor last week.", "threw her hat into the ring"),
    ("Her husband is running for the state assembly seat this fall.", "running for the state assembly seat"),
    ("He put his name forward for the party selection in the spring.", "put his name forward for the party selection"),
    ("Er lässt sich für den Kreistag aufstellen, diskret bleiben.", "lässt sich für den Kreistag aufstellen"),
    ("Sie ist Direktkandidatin im Wahlkreis Süd.", "Direktkandidatin im Wahlkreis"),
    ("Su mujer va de número tres en la lista de su partido.", "va de número tres en la lista"),
    ("Il monte une liste pour les municipales de mars.", "monte une liste pour les municipales"),
    ("Elle vote écolo depuis toujours, pas de cuir.", "vote écolo"),
    ("Il marito è consigliere con una lista civica del paese.", "lista civica"),
    ("Её муж убеждённый державник, о политике не говорить.", "державник"),
    ("Она стояла в одиночном пикете у мэрии.", "одиночном пикете"),
    ("O marido vai tentar a reeleição em outubro.", "tentar a reeleição"),
    ("A cliente é candidata à reeleição na câmara.", "candidata à reeleição"),
    ("Hij staat elke week te flyeren voor de verkiezingen.", "flyeren voor de verkiezingen"),
    ("ご主人が来年の知事選に出るそうです。", "知事選に出る"),
    ("奥様は次の区長選に出馬されるご予定。", "区長選に出馬"),
    ("그분 캠프 후원회장을 맡으셨다고 함.", "후원회장"),
    ("他明年想竞选连任，比较忙。", "竞选连任"),
    ("她爸爸是铁杆绿的，别聊政治。", "铁杆绿"),
    ("Муж клиентки идёт на выборы в городскую думу.", "идёт на выборы"),
    ("زوجها بيخوض الانتخابات البلدية الشهر الجاي.", "بيخوض الانتخابات"),
    # a coalition's side named as a leaning
    ("Il cognato governa col centrodestra in regione.", "centrodestra"),
    ("Es de centroizquierda, mejor no hablar de política.", "centroizquierda"),
    ("Ele sempre votou no centro-direita.", "centro-direita"),
    ("Fairly centre-right, avoid the topic at dinner.", "centre-right"),
    # a candidacy with its election or its assembly
    ("그분 다음 총선 출마 확정이라 바쁘심.", "총선 출마 확정"),
    ("Sie kandidiert im Wahlkreis Mitte für den Landtag.", "kandidiert im Wahlkreis"),
    ("Ela vai tentar a reeleição na Câmara Municipal.", "vai tentar a reeleição na Câmara"),
    ("ご主人が次の市長選に出られるとのこと。", "市長選に出"),
    # a seat named by its assembly, and a past candidacy
    ("She won a seat on the city council last spring.", "seat on the city council"),
    ("He is after the Senate seat, so keep it quiet.", "Senate seat"),
    ("她先生以前选过县议员。", "选过县议员"),
    # campaigning and a candidacy told without a party
    ("She's up for re-election next year, keep it low-key.", "up for re-election"),
    ("He spent Saturday knocking on doors for a neighbour's campaign.", "knocking on doors for"),
    ("Her name is on the ballot in November.", "on the ballot"),
    ("He's been out on the hustings all week.", "on the hustings"),
    ("Er steht auf Listenplatz vier.", "auf Listenplatz"),
    ("Sie hat ihre Kandidatur für den Gemeinderat bekannt gegeben.", "Kandidatur für den"),
    ("Er wurde für die Landtagswahl aufgestellt.", "für die Landtagswahl aufgestellt"),
    ("Sie macht gerade Wahlkampf in ihrem Dorf.", "macht gerade Wahlkampf"),
    ("Anunció su candidatura a la alcaldía en enero.", "su candidatura a la alcaldía"),
    ("Los sábados reparte propaganda en el mercado.", "reparte propaganda"),
    ("Он был доверенным лицом кандидата в мэры.", "доверенным лицом кандидата"),
    ("Il brigue un second mandat de maire.", "brigue un second mandat"),
    ("È in lista per le comunali di giugno.", "in lista per le comunali"),
    ("Ele está em campanha para prefeito.", "em campanha para prefeito"),
    ("Hij doet mee aan de verkiezingen in maart.", "doet mee aan de verkiezingen"),
    # work on a named person's campaign, a leaning, party colleagues
    ("She volunteered on the governor's campaign all summer.", "governor's campaign"),
    ("Colaboró en la campaña de la alcaldesa.", "campaña de la alcaldesa"),
    ("Ha aiutato nella campagna del candidato del paese.", "campagna del candidato"),
    ("Ajudou na campanha da prefeita.", "campanha da prefeita"),
    ("Elle a travaillé sur la campagne du maire.", "la campagne du maire"),
    ("Er ist eher konservativ eingestellt, kein Smalltalk über Politik.", "konservativ eingestellt"),
    ("She voted to leave the EU and says so often.", "voted to leave the EU"),
    # activism and office-seeking without a party word
    ("She chairs the county party and hosts the caucus.", "county party"),
    ("He spends evenings phone-banking for a friend's race.", "phone-banking"),
    ("She was elected to the city council in 2022.", "elected to the city council"),
    ("He wants to go into politics once he retires.", "go into politics"),
    ("He is very vocal about gun control at dinners.", "gun control"),
    ("Seine Frau ist Wahlhelferin im Ort.", "Wahlhelferin"),
    ("Er will nach der Rente in die Politik gehen.", "in die Politik gehen"),
    ("Ihr Bruder ist ein Linker, lieber nicht darüber reden.", "ist ein Linker"),
    ("Su hijo fue interventor en las elecciones de mayo.", "interventor en las elecciones"),
    ("Quiere presentarse a las primarias del año que viene.", "a las primarias"),
    ("Está en la ejecutiva del partido en su provincia.", "ejecutiva del partido"),
]


@pytest.mark.parametrize(("text", "fact"), POLITICS)
def test_candidacy_idioms_and_party_slang(text: str, fact: str) -> None:
    assert covered(text, fact, "POLITICS"), spans_of(text)


UNION = [
    ("He's the one who sits across from management at pay talks.", "sits across from management"),
    ("She sits on the bargaining committee for the warehouse staff.", "bargaining committee"),
    ("Er ist bei uns im Lager der Vertrauensmann, sehr beliebt.", "Vertrauensmann"),
    ("Sie sitzt in der Tarifkommission für die Pflege.", "Tarifkommission"),
    ("Preside el comité de empresa de la fábrica desde 2015.", "comité de empresa"),
    ("Es el que negocia el convenio colectivo cada año.", "negocia el convenio colectivo"),
    ("Elle est élue au CSE de son entreprise depuis dix ans.", "élue au CSE"),
    ("Lei rappresenta i lavoratori nelle trattative in fabbrica.", "rappresenta i lavoratori"),
    ("Ele está na comissão de trabalhadores da fábrica.", "comissão de trabalhadores"),
    ("Ela negocia o acordo coletivo com a empresa todos os anos.", "negocia o acordo coletivo"),
    ("Hij is cao-onderhandelaar voor de schoonmakers.", "cao-onderhandelaar"),
    ("Она представляет работников завода на переговорах.", "представляет работников"),
    ("Он в прошлом году вывел цех на забастовку.", "вывел цех на забастовку"),
    ("毎年、会社側と交渉する立場です。", "会社側と交渉"),
    ("団体交渉の担当で忙しい時期。", "団体交渉"),
    ("임단협 교섭위원이라 봄에 바쁘심.", "임단협 교섭위원"),
    ("노사 협상 때마다 사측과 마주 앉으심.", "사측과 마주 앉"),
    ("他去年带头搞劳资谈判，现在是员工代表。", "劳资谈判"),
    ("هو ممثل العمال في الشركة من سنين.", "ممثل العمال"),
    ("Zij zit namens de schoonmakers aan tafel bij de werkgever.", "zit namens de schoonmakers aan tafel"),
    ("매년 사측과 교섭하는 자리에 앉으심.", "사측과 교섭"),
    # a strike joined with one's colleagues, a works-council or staff delegate
    ("He went on strike with his colleagues in March.", "went on strike"),
    ("Sie streikt mit dem ganzen Team seit Dienstag.", "streikt"),
    ("Il a fait grève avec l'équipe de nuit.", "fait grève"),
    ("Estuvo de huelga con la plantilla? No: está de huelga con la plantilla.", "está de huelga"),
    ("Ha aderito allo sciopero dei colleghi.", "aderito allo sciopero"),
    ("Aderiu à greve dos professores.", "Aderiu à greve"),
    ("Hij staakt mee op de vloer.", "staakt mee"),
    ("Он бастовал вместе со всем цехом.", "бастовал"),
    ("ストライキに参加中で週末のみ来店可。", "ストライキに参加"),
    ("شاركت في الإضراب مع زميلاتها.", "شاركت في الإضراب"),
    ("Er ist freigestellter Betriebsrat im Werk.", "freigestellter Betriebsrat"),
    ("Elle est élue du personnel depuis 2019.", "élue du personnel"),
    ("Es delegada de los trabajadores en el hotel.", "delegada de los trabajadores"),
]


@pytest.mark.parametrize(("text", "fact"), UNION)
def test_union_roles_told_as_duties(text: str, fact: str) -> None:
    assert covered(text, fact, "UNION"), spans_of(text)


RELIGION = [
    ("This month she doesn't eat until sunset, so evening slots only.", "doesn't eat until sunset"),
    ("Il ne mange pas avant le coucher du soleil ce mois-ci.", "ne mange pas avant le coucher du soleil"),
    ("RDV plutôt après la rupture du jeûne.", "rupture du jeûne"),
    ("Sie isst tagsüber nichts bis Sonnenuntergang, Termine abends.", "isst tagsüber nichts bis Sonnenuntergang"),
    ("Hij vast van zonsopgang tot zonsondergang deze maand.", "van zonsopgang tot zonsondergang"),
    ("No come nada hasta la puesta del sol este mes.", "No come nada hasta la puesta del sol"),
    ("Non mangia niente fino al tramonto in questo periodo.", "Non mangia niente fino al tramonto"),
    ("Não come nada até o pôr do sol neste mês.", "Não come nada até o pôr do sol"),
    ("В этом месяце не ест до заката, встречи вечером.", "не ест до заката"),
    ("这个月白天不吃不喝，约晚上。", "白天不吃不喝"),
    ("今月は日没まで何も食べないので夜の来店。", "日没まで何も食べない"),
    ("He's fasting until sundown, book him after eight.", "fasting until sundown"),
    ("Elle jeûne du lever au coucher du soleil.", "jeûne du lever au coucher du soleil"),
    ("Ella ayuna durante el día todo el mes.", "ayuna durante el día"),
    ("Ze eet overdag niets tot het suikerfeest.", "eet overdag niets"),
    ("Весь месяц днём не ест, встречи вечером.", "днём не ест"),
    ("日中は断食中なので夕方以降に。", "日中は断食"),
    ("他这个月白天禁食。", "白天禁食"),
    ("They are unreachable from Friday sundown, call Sunday.", "from Friday sundown"),
    ("Pas d'appel le vendredi après le coucher du soleil, ni le samedi.", "vendredi après le coucher du soleil"),
    ("Nada de citas desde el viernes al caer el sol.", "viernes al caer el sol"),
    ("Kein Termin freitags ab Sonnenuntergang.", "freitags ab Sonnenuntergang"),
    ("Geen afspraken op vrijdag na zonsondergang.", "vrijdag na zonsondergang"),
    ("С вечера пятницы до субботы не звонить.", "С вечера пятницы до субботы"),
    ("Her father got baptised at Easter, a cross pendant maybe.", "got baptised"),
    ("Elle s'est fait baptiser l'an dernier, à quarante ans.", "s'est fait baptiser"),
    ("Er hat sich letztes Jahr taufen lassen.", "hat sich letztes Jahr taufen lassen"),
    ("Ela frequenta o terreiro desde criança.", "frequenta o terreiro"),
    ("É filho de Ogum, gosta de prata.", "filho de Ogum"),
    ("Este verano hace el Camino de Santiago con su hermana.", "hace el Camino de Santiago"),
    ("الأسبوع الجاي معتكفة في المسجد، نأجل الموعد.", "معتكفة"),
    # a pilgrimage, the daily prayers and a conversion told by their verbs
    ("Er pilgert jeden Sommer nach Altötting.", "pilgert"),
    ("Elle fait ses cinq prières par jour, RDV hors prière.", "cinq prières par jour"),
    ("Elle est rentrée de La Mecque la semaine dernière.", "rentrée de La Mecque"),
    ("أسلمت قبل سنتين، تحب الذهب الأصفر.", "أسلمت"),
    ("Er feiert aus Glaubensgründen keine Geburtstage.", "aus Glaubensgründen"),
    ("Он носит кипу, без изображений на подарке.", "носит кипу"),
    ("Cada Semana Santa sale de penitente con su hermandad.", "sale de penitente"),
    ("He found God in his fifties, quite private about it.", "found God"),
    ("She reads scripture before any big purchase.", "reads scripture"),
    ("He keeps a home altar for his parents.", "home altar"),
    ("Su padre es un comecuras, nada de cruces.", "comecuras"),
]


@pytest.mark.parametrize(("text", "fact"), RELIGION)
def test_practice_told_by_its_hours_and_acts(text: str, fact: str) -> None:
    assert covered(text, fact, "RELIGION"), spans_of(text)


ORIENTATION = [
    ("お二人で来月パートナーシップの宣誓をされるとのこと。", "パートナーシップの宣誓"),
    ("区のパートナーシップ制度に登録済みのお二人。", "パートナーシップ制度"),
    ("パートナーシップ宣誓書を出したばかり。", "パートナーシップ宣誓"),
]


@pytest.mark.parametrize(("text", "fact"), ORIENTATION)
def test_partnership_registrations_of_same_sex_couples(text: str, fact: str) -> None:
    assert covered(text, fact, "ORIENTATION"), spans_of(text)


LOOKALIKES = [
    "No food after midnight before his blood test, fasting till the morning.",
    "Sunset dinner on the terrace, Friday evening delivery is fine.",
    "Cadeau pour le baptême de sa petite-fille en mai.",
    "Gift for the baby's baptism in June, a silver cup.",
    "She keeps a list of gifts for the whole team.",
    "The golf club board is up for re-election, he is treasurer.",
    "Il négocie son salaire en ce moment, budget serré.",
    "Sac écolo demandé, pas de plastique.",
    "ビジネスのパートナーシップ契約の記念品。",
    "Livraison le vendredi avant 18h, fermé le samedi.",
    "Ele quer ir ao Camino Real hotel em maio.",
    "They booked the back seat and a window seat for her.",
    "The marketing campaign for the new bag launches in May.",
    "Er hat das Mandat seinem Anwalt entzogen.",
    "They are in a race against time for the wedding.",
    "Paris est la Mecque de la mode, dit-elle.",
    "The rail strike delayed the delivery by two days.",
    "La grève de la SNCF retarde la livraison.",
    "Los camioneros están de huelga, el envío se retrasa.",
    "택배 파업 때문에 배송이 늦어짐.",
    "The ad campaign for the new perfume starts in May.",
    "Sie mag eher konservative Schnitte.",
    "The birthday party committee at the office chose a scarf.",
    "He is lobbying for the best table at the gala.",
    "Nuevas generaciones de clientes llegan cada año.",
    "Because of her beliefs about sustainability, no fur.",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_stay_readable(text: str) -> None:
    assert spans_of(text) == []
