# -*- coding: utf-8 -*-
# Hand-written Japanese messages (w102). Each text written individually.
MSGS = [
dict(lang="ja", client="zendesk", kind="reply", expect="legit",
 classes=["points", "quoted-history", "signature"],
 note="Explains politely that Amazon points are granted by Amazon, not the seller, and where to check them.",
 **{"from": ("カスタマーサポート 岡田", "support@kitchen-nagomi.jp")},
 subject="Re: ポイント付与について（電気ケトル）",
 quoted="先日電気ケトルを購入しました。商品ページには10%ポイント還元と書いてあったのですが、まだポイントが付いていません。いつ付与されますか？",
 body="""お客様

この度は「なごみキッチン」の電気ケトルをお買い上げいただき、誠にありがとうございます。
カスタマーサポートの岡田でございます。

お問い合わせいただきましたAmazonポイントにつきまして、ご案内申し上げます。
ポイントの付与はAmazonが行っており、当店側で付与の時期や数を操作することはできかねます。一般的には商品の発送完了後、一定期間を経てから付与される仕組みとなっております。

付与予定のポイントは、Amazonの「注文履歴」から該当のご注文を開いていただくと確認いただけます。期間を過ぎても付与されない場合は、お手数ですがAmazonカスタマーサービスへお問い合わせいただけますと確実でございます。

ご期待に沿う明確なお答えができず恐縮ですが、何卒ご理解賜りますようお願い申し上げます。

なごみキッチン カスタマーサポート
岡田 真由美
"""),

dict(lang="ja", client="gmail", kind="reply", expect="legit",
 classes=["refusal", "line-declined", "quoted-history"],
 note="Declines the buyer's request to talk over LINE and keeps the conversation in Amazon messaging.",
 **{"from": ("ふわり寝具店 中島", "nakajima@fuwari-shingu.co.jp")},
 subject="Re: ベビー布団セットのカバーサイズ",
 quoted="ベビー布団セットのカバーが掛け布団に少し小さい気がします。写真を送りたいので、LINEで連絡してもいいですか？",
 body="""お問い合わせいただきありがとうございます。ふわり寝具店の中島でございます。

せっかくご提案いただいたのに大変恐縮ですが、当店ではLINEやお電話などAmazon外でのご連絡は承っておりません。お客様の個人情報保護のため、Amazonのメッセージ機能のみでご対応させていただいております。

お写真は、このメッセージへの返信に画像を添付していただく形でお送りいただけます（JPEGまたはPNG形式）。

なお、掛け布団カバーは縫製の都合上、表示サイズより1〜2cmほど小さく仕上がることがございます。まずは掛け布団の四隅をカバーの角までしっかり入れていただき、ひも（計4か所）を結んでいただけますでしょうか。それでも閉まらない場合は、お写真を拝見したうえで交換の手配をいたします。

お手数をおかけいたしますが、どうぞよろしくお願いいたします。

ふわり寝具店
中島 さくら
"""),

dict(lang="ja", client="freshdesk", kind="reply", expect="legit",
 classes=["refusal", "phone-declined", "first-steps", "quoted-history"],
 note="Declines a phone call, gives first troubleshooting steps for an e-bike battery that won't charge.",
 **{"from": ("サイクルパーツ東和 サポート", "help@towa-cycleparts.jp")},
 subject="Re: バッテリーが充電できません [#48213]",
 quoted="電動アシスト自転車用の交換バッテリーを買いましたが、充電器につないでもランプが点滅するだけです。電話で説明したほうが早いので、電話番号を教えてください。",
 body="""お客様

ご不便をおかけしており、誠に申し訳ございません。
サイクルパーツ東和 サポート担当の石川でございます。

恐れ入りますが、当店ではお電話でのご案内は行っておらず、Amazonのメッセージにてご対応させていただいております。ご理解いただけますと幸いです。

充電ランプが点滅する場合、まずは以下の手順をお試しいただけますでしょうか。

1. バッテリーを充電器から外し、10分ほど置いてから再度差し込む
2. 室温が5℃〜30℃の場所で充電する（寒い玄関先などでは保護機能が働きます）
3. 充電器側の端子にほこりや汚れがないか確認する

上記でも改善しない場合は、点滅の色（赤・緑）と点滅の間隔をお知らせください。初期不良と判断できた場合は、新品との交換をご案内いたします。

どうぞよろしくお願い申し上げます。

サイクルパーツ東和
サポート担当 石川 浩二
"""),

dict(lang="ja", client="helpscout", kind="reply", expect="legit",
 classes=["refusal", "coupon-declined", "quoted-history"],
 note="Refuses the buyer's request for a discount coupon and explains coupons only appear on Amazon's product page.",
 **{"from": ("炊飯器パーツ専門店 森田", "morita@suihan-parts.jp")},
 subject="Re: 内釜の追加購入について",
 quoted="内釜をもう1つ買いたいのですが、リピーター向けのクーポンなどはありますか？",
 body="""お客様

いつも当店をご利用いただき、誠にありがとうございます。森田でございます。

せっかくお声がけいただきましたが、当店ではメッセージを通じて個別にクーポンや割引をお渡しすることはいたしておりません。大変申し訳ございません。

Amazonでクーポンが設定されている場合は、商品ページの価格の下に表示され、お客様ご自身で適用いただく形となります。現時点で該当の内釜（5.5合用）にはクーポンは設定されておりません。

なお、お手持ちの炊飯器の型番が「RC-55」で始まるものであれば、同じ内釜をそのままお使いいただけます。ご購入前に念のため、本体底面のラベルをご確認くださいませ。

今後ともよろしくお願い申し上げます。

炊飯器パーツ専門店
森田 健太
"""),

dict(lang="ja", client="edesk", kind="reply", expect="legit",
 classes=["dissatisfaction", "first-steps", "return", "quoted-history"],
 note="Apologises for a curtain colour that differs from the photos and explains the Amazon return steps.",
 **{"from": ("インテリア彩 カスタマー窓口", "cs@interior-irodori.jp")},
 subject="Re: カーテンの色が写真と違う",
 quoted="遮光カーテンのベージュを注文しましたが、届いた物はかなりグレーっぽいです。正直がっかりしました。返品したいです。",
 body="""お客様

この度はご期待に沿えず、誠に申し訳ございませんでした。インテリア彩の山口でございます。

照明や画面の設定により、商品ページの写真と実物の色味が異なって見えることがございますが、ご不満を感じさせてしまったことを心よりお詫び申し上げます。

返品をご希望とのこと、承知いたしました。まずは以下の手順でお手続きをお願いいたします。

1. Amazonの「注文履歴」から該当のご注文を選択
2. 「商品の返品」を選び、理由に「イメージと違う」を選択
3. 表示される返品用ラベルを印刷し、商品を梱包して発送

未開封・未使用でなくても、カーテンフックを外していただいていれば問題ございません。返品商品が当店に到着し次第、速やかに返金の手続きを進めます。

ご迷惑をおかけし、重ねてお詫び申し上げます。

インテリア彩 カスタマー窓口
山口 千尋
"""),

dict(lang="ja", client="zendesk", kind="proactive", expect="legit",
 classes=["review-request-neutral"],
 note="Single neutral review request for a knife sharpener, with the order id, no wording about positive reviews.",
 **{"from": ("刃物の杉浦 店主", "shop@sugiura-hamono.jp")},
 subject="ご注文 249-5538120-7713406 の商品レビューのお願い",
 body="""お客様

先日は「砥石付きシャープナー」をお買い求めいただき、誠にありがとうございました。刃物の杉浦でございます。

ご注文番号：249-5538120-7713406

お手元に届いてから数日が経ちましたが、使い心地はいかがでしょうか。
お時間のあるときに、Amazonの商品レビューにて率直なご感想をお寄せいただけますと幸いです。良かった点はもちろん、使いにくいと感じた点も、今後の商品づくりや説明の改善に役立てさせていただきます。

なお、研ぐ際は刃を砥石に対して15度程度に保ち、手前に引くときだけ軽く力を入れていただくと、刃先が長持ちいたします。

今後とも刃物の杉浦をよろしくお願い申し上げます。

刃物の杉浦
杉浦 誠
"""),

dict(lang="ja", client="freshdesk", kind="reply", expect="legit",
 classes=["product-page", "quoted-history"],
 note="Points the buyer to the product page's spec section in words (no link) and answers the airline question.",
 **{"from": ("モバイルギア工房 サポート", "support@mobilegear-kobo.jp")},
 subject="Re: モバイルバッテリーの容量（機内持ち込み）",
 quoted="20000mAhのモバイルバッテリーは飛行機に持ち込めますか？Wh表記が見つかりません。",
 body="""お客様

お問い合わせありがとうございます。モバイルギア工房の佐々木でございます。

ご質問いただいた「PB-20K」の定格容量は74Whでございます。商品ページの「商品の説明」欄の下段、仕様表の中にも記載しておりますが、分かりにくい位置にあり失礼いたしました。

国内の航空会社では、一般に100Wh以下のモバイルバッテリーは機内持ち込みが可能で、預け入れ荷物には入れられません。ただし、個数や条件は航空会社により異なりますので、ご搭乗前にご利用の航空会社へご確認いただけますと安心でございます。

本体側面にも「3.7V 20000mAh 74Wh」と印字しておりますので、保安検査の際にご提示いただけます。

ご旅行が快適なものとなりますように。

モバイルギア工房
佐々木 亮
"""),

dict(lang="ja", client="gmail", kind="proactive", expect="legit",
 classes=["customisation"],
 note="Asks the buyer to confirm the engraving text for a name-engraved tumbler, with the order id.",
 **{"from": ("名入れギフト 結", "order@nairegift-yui.jp")},
 subject="【ご確認】名入れ内容について（注文番号 503-2291847-6650231）",
 body="""お客様

この度は名入れステンレスタンブラーをご注文いただき、誠にありがとうございます。名入れギフト 結の高橋と申します。

ご注文番号：503-2291847-6650231

ご注文時にご入力いただいた名入れ内容が「Takumi 2026.12.24」となっておりますが、「2026.12.24」の部分は日付としてそのまま彫刻してよろしいでしょうか。また、書体は「筆記体」と「ブロック体」のどちらをご希望か、ご指定がございませんでした。

恐れ入りますが、本メッセージへのご返信にてお知らせいただけますでしょうか。ご返信をいただいてから2営業日で彫刻・発送いたします。12月10日までにご返信がない場合は、ブロック体にて彫刻させていただきます。

お手数をおかけいたしますが、よろしくお願い申し上げます。

名入れギフト 結
高橋 美咲
"""),

dict(lang="ja", client="outlook", kind="proactive", expect="legit",
 classes=["delay", "carrier-link"],
 note="Proactive delivery-delay notice for a bookshelf with the order id and a Yamato tracking link (carrier link is allowed).",
 **{"from": ("家具のきたむら 出荷担当", "shukka@kagu-kitamura.jp")},
 subject="お届け遅延のお詫び（ご注文番号 250-7764021-3318845）",
 body="""お客様

平素より家具のきたむらをご利用いただき、誠にありがとうございます。
出荷担当の北村でございます。

ご注文番号 250-7764021-3318845 の「スライド書棚 幅90cm」につきまして、配送業者の大型荷物の集荷が遅れたため、お届け予定日が12月8日から12月10日に変更となりました。ご予定を立てていただいていたところ、大変申し訳ございません。

お荷物は本日ヤマト運輸に引き渡し済みでございます。配送状況は以下よりご確認いただけます。
伝票番号：4521-8830-1274
https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id=452188301274

お届け日時の変更をご希望の場合は、ヤマト運輸のサービスから直接ご指定いただけます。

ご迷惑をおかけいたしますことを、重ねてお詫び申し上げます。

家具のきたむら 出荷担当
北村 陽介
"""),

dict(lang="ja", client="zendesk", kind="reply", expect="legit",
 classes=["dissatisfaction", "review-mentioned", "look-alike", "quoted-history"],
 note="Buyer says they left a 1-star review; seller apologises and offers a replacement without mentioning changing the review.",
 **{"from": ("サウンドリーフ サポート", "support@soundleaf.jp")},
 subject="Re: 右耳が聞こえません",
 quoted="ワイヤレスイヤホンの右側から音が出なくなりました。買って2週間です。星1のレビューを書きました。",
 body="""お客様

この度はご不便をおかけし、誠に申し訳ございません。サウンドリーフ サポートの吉田でございます。

購入から2週間で右側が聞こえなくなったとのこと、ご不満はごもっともでございます。率直なご意見をお寄せいただき、ありがとうございました。

まずは、以下のリセット手順をお試しいただけますでしょうか。
1. 両方のイヤホンをケースに入れ、ふたを開けたままにする
2. ケース背面のボタンを10秒間長押しし、ランプが白く3回点滅したら離す
3. スマートフォンのBluetooth設定から「SL-Buds」を一度削除し、再度ペアリング

それでも右側から音が出ない場合は、初期不良として新品と交換させていただきます。このメッセージにご返信いただければ、交換品を本日中に発送し、不具合品の返送方法を追ってご案内いたします。

ご迷惑をおかけし、重ねてお詫び申し上げます。

サウンドリーフ カスタマーサポート
吉田 恵
"""),

dict(lang="ja", client="helpscout", kind="reply", expect="legit",
 classes=["refusal", "price-drop", "quoted-history"],
 note="Politely declines a refund of the price difference after a price drop and answers the filter question.",
 **{"from": ("うるおい家電 お客様窓口", "madoguchi@uruoi-kaden.jp")},
 subject="Re: 購入後の値下がりについて",
 quoted="3日前に加湿器を12,800円で買ったら、今日見たら9,980円になっていました。差額を返してもらえませんか？あと交換フィルターはどれを買えばいいですか？",
 body="""お客様

お問い合わせいただき、誠にありがとうございます。うるおい家電の松本でございます。

ご購入後に価格が変動し、ご不快な思いをおかけいたしましたこと、お詫び申し上げます。
ただ、大変心苦しいのですが、Amazonでの販売価格は日々変動するものであり、ご購入後の差額のご返金は承っておりません。何卒ご容赦くださいませ。

交換用フィルターにつきましては、型番「HF-300」が対応品でございます。Amazonで「うるおい家電 HF-300」と検索いただくと表示されます。交換の目安は約1年ですが、水道水のミネラル分が多い地域では半年程度で白い付着物が目立つことがございます。

引き続き、お気軽にお問い合わせくださいませ。

うるおい家電 お客様窓口
松本 彩
"""),

dict(lang="ja", client="outlook", kind="reply", expect="legit",
 classes=["phone-declined", "buyer-quoted-phone", "look-alike", "quoted-history"],
 note="The buyer's quoted message contains their own phone number; the seller answers in messaging without giving or using a number.",
 **{"from": ("座椅子のくつろぎ屋 藤井", "fujii@kutsurogiya.jp")},
 subject="RE: リクライニングが戻らない",
 quoted="座椅子のリクライニングが一番後ろに倒したまま戻りません。電話で説明してほしいので 090-4412-7785 に電話をください。",
 body="""お客様

ご不便をおかけしており、誠に申し訳ございません。くつろぎ屋の藤井でございます。

お電話番号をお知らせいただきましたが、当店ではお客様へのお電話は控えさせていただいており、こちらのメッセージでご案内いたします。ご了承くださいませ。

リクライニングが戻らない場合、座面に体重をかけたままレバーを引くとギアが噛み合わないことがございます。まずは次の順にお試しください。

1. 座椅子から降り、背もたれを一番後ろまで手で押し倒す
2. 右側のレバーを引き上げたまま、背もたれを前へ起こす
3. 起こしきったらレバーを離し、カチッと音がするか確認する

これで戻らない場合はギアの不具合が考えられますので、交換品をお送りいたします。お手数ですが、ご返信にてお知らせくださいませ。

くつろぎ屋
藤井 大輔
"""),

dict(lang="ja", client="freshdesk", kind="proactive", expect="legit",
 classes=["invoice", "attachment"],
 note="Sends the qualified invoice PDF for an office chair order, with the order id.",
 attach_pdf=("invoice_249-8810372-4456190.pdf", "ja-invoice"),
 **{"from": ("オフィスチェア館 経理担当", "keiri@officechair-kan.jp")},
 subject="適格請求書の送付（ご注文番号 249-8810372-4456190）",
 body="""ご担当者様

この度はオフィスチェア館をご利用いただき、誠にありがとうございます。経理担当の井上でございます。

ご注文番号 249-8810372-4456190（メッシュオフィスチェア 3脚）につきまして、ご注文時に法人名でのご請求書をご希望いただいておりましたので、適格請求書（インボイス）をPDFにて添付いたします。

・登録番号：T1234567890123
・請求金額：59,400円（うち消費税 5,400円）

宛名や但し書きの修正が必要な場合は、本メッセージへのご返信にてお知らせくださいませ。再発行いたします。

今後ともよろしくお願い申し上げます。

オフィスチェア館 経理担当
井上 直樹
"""),

dict(lang="ja", client="gmail", kind="reply", expect="legit",
 classes=["satisfaction", "quoted-history"],
 note="Thanks a satisfied buyer in a reply and answers their leather-care question.",
 **{"from": ("革工房しおり 小林", "kobayashi@kawakobo-shiori.jp")},
 subject="Re: 財布のお手入れ方法",
 quoted="届いた長財布、とても気に入りました。手触りも最高です。ところで、お手入れにはどんなクリームを使えばいいですか？",
 body="""お客様

うれしいお言葉をいただき、ありがとうございます。革工房しおりの小林でございます。
職人一同、大変励みになります。

お手入れについてご案内いたします。
使用しているのはヌメ革ですので、無色のデリケートクリーム（水分の多い乳化性クリーム）がおすすめです。色付きのクリームや油分の多いオイルは、シミの原因となりますのでお避けください。

・頻度：1〜2か月に1回程度
・方法：柔らかい布に米粒2つほどのクリームを取り、薄く全体に伸ばしてから乾拭き
・雨に濡れた場合：すぐに乾いた布で押さえるように拭き取り、陰干ししてください

使い込むほどに飴色に変わっていきますので、経年変化もお楽しみいただけましたら幸いです。

革工房しおり
小林 修
"""),

dict(lang="ja", client="zendesk", kind="reply", expect="legit",
 classes=["refusal", "negation", "review-mentioned", "quoted-history"],
 note="Buyer asks whether a review earns a freebie; seller says no incentive is offered and reviews are up to the buyer.",
 **{"from": ("ねこのて工房 サポート", "support@nekonote-kobo.jp")},
 subject="Re: レビュー特典はありますか",
 quoted="猫用の爪とぎを買いました。レビューを書いたら替えの段ボールをもらえるってことはありますか？",
 body="""お客様

お問い合わせいただきありがとうございます。ねこのて工房の西田でございます。

大変恐れ入りますが、Amazonの規約により、レビューの投稿に対してプレゼントや特典をお付けすることはできかねます。レビューはお客様のご判断でご自由に書いていただくものでございますので、ご理解くださいませ。

替えの段ボールにつきましては、別売りの「詰め替え用 3枚入り」をAmazonにてご購入いただけます。本体のフレームはそのままお使いいただけますので、段ボールを裏返して両面を使い切ってから交換いただくと、長くお楽しみいただけます。

猫ちゃんに気に入ってもらえますように。

ねこのて工房
西田 かおり
"""),

dict(lang="ja", client="edesk", kind="proactive", expect="legit",
 classes=["address-problem"],
 note="Proactive notice that a rice parcel came back for an unclear address; asks the buyer to confirm the room number, with the order id.",
 **{"from": ("田中農園 発送係", "hassou@tanaka-noen.jp")},
 subject="お届け先住所のご確認のお願い（249-1047726-8832915）",
 body="""お客様

この度は田中農園の新米（こしひかり 10kg）をご注文いただき、誠にありがとうございます。

ご注文番号：249-1047726-8832915

本日、配送業者より「お届け先の部屋番号が確認できない」との連絡があり、お荷物が営業所に保管されております。ご注文時のご住所では建物名までのご記載で、部屋番号がございませんでした。

お手数をおかけいたしますが、部屋番号を本メッセージへのご返信にてお知らせいただけますでしょうか。確認でき次第、再配達を手配いたします。営業所での保管期限は12月12日までとなっております。

新米の美味しい時期にお届けできるよう、対応させていただきます。

田中農園 発送係
田中 亜希子
"""),

# ---------------- violations ----------------
dict(lang="ja", client="gmail", kind="reply", expect="violation",
 rules=["contact.off_platform"],
 classes=["line", "quoted-history"],
 note="Invites the buyer to add the shop's LINE official account to send photos.",
 **{"from": ("アウトドア工房ミナミ", "info@outdoor-minami.jp")},
 subject="Re: テントのポールが曲がっていました",
 quoted="届いたテントのポールが1本曲がっていました。交換できますか？",
 body="""お客様

この度はご迷惑をおかけし、誠に申し訳ございません。アウトドア工房ミナミの南でございます。

ポールの交換につきまして、すぐに対応させていただきます。
恐れ入りますが、曲がっている箇所のお写真を確認させていただきたく、当店のLINE公式アカウント（ID：@minami-outdoor）を友だち追加のうえ、トークにてお送りいただけますでしょうか。LINEのほうがやり取りが早く、交換品の発送もスムーズでございます。

お手数をおかけいたしますが、よろしくお願いいたします。

アウトドア工房ミナミ
南 拓也
"""),

dict(lang="ja", client="zendesk", kind="proactive", expect="violation",
 rules=["review.biased_positive"],
 classes=["satisfaction", "conditional"],
 note="Review request asking satisfied buyers for a five-star review.",
 **{"from": ("ゆめ枕本舗", "cs@yumemakura.jp")},
 subject="ご注文 503-6672019-2280473 ご使用感はいかがですか",
 body="""お客様

この度は「ゆめ枕 低反発プレミアム」をお買い上げいただき、誠にありがとうございます。ゆめ枕本舗の斎藤でございます。

ご注文番号：503-6672019-2280473

お使い始めて1週間ほどでしょうか。首や肩の感じはいかがでございますか。
もしご満足いただけておりましたら、Amazonのレビューで星5つの評価をいただけますと、スタッフ一同大変励みになります。

高さが合わない場合は、付属の調整シートを1枚抜いてお試しくださいませ。

ゆめ枕本舗 お客様係
斎藤 里美
"""),

dict(lang="ja", client="freshdesk", kind="proactive", expect="violation",
 rules=["review.divert_negative"],
 classes=["dissatisfaction", "first-steps", "paraphrase"],
 note="Asks unhappy buyers to contact the seller first before writing a review.",
 **{"from": ("ベビー用品のひだまり", "support@hidamari-baby.jp")},
 subject="ご注文 250-3318842-9907126 のお届けについて",
 body="""お客様

この度はひだまりの抱っこ紐をご購入いただき、誠にありがとうございます。

ご注文番号：250-3318842-9907126

商品はお手元に届いておりますでしょうか。
万が一、装着方法が分かりにくい、サイズが合わないなど、少しでもご不満な点がございましたら、レビューをご投稿される前に、まずは当店までご連絡くださいませ。責任を持って解決させていただきます。

腰ベルトはおへその高さで締めていただくと、赤ちゃんの重さが分散されて楽にお使いいただけます。

ひだまり カスタマーサポート
原田 美穂
"""),

dict(lang="ja", client="helpscout", kind="reply", expect="violation",
 rules=["review.incentive"],
 classes=["gift-card", "quoted-history"],
 note="Offers an Amazon gift card to the buyer in return for posting a review.",
 **{"from": ("ペットフードのわんぱく", "support@wanpaku-pet.jp")},
 subject="Re: 賞味期限について",
 quoted="ドッグフードの賞味期限はいつまでですか？袋に書いてある数字の見方が分かりません。",
 body="""お客様

お問い合わせありがとうございます。わんぱくの森でございます。

袋の裏面下部に「26.09.15」と印字されているのが賞味期限で、2026年9月15日を意味しております。開封後は1か月を目安にお召し上がりくださいませ。

また、現在レビューキャンペーンを実施しております。商品レビューをご投稿いただいたお客様には、Amazonギフトカード500円分をお送りしております。投稿後にこちらのメッセージでお知らせいただければ、すぐにご用意いたします。

ワンちゃんに気に入ってもらえますように。

ペットフードのわんぱく
森 亮介
"""),

dict(lang="ja", client="outlook", kind="reply", expect="violation",
 rules=["contact.phone_number"],
 classes=["signature", "quoted-history"],
 note="Otherwise fine reply whose signature gives the shop's landline number and hours.",
 **{"from": ("丸福陶器 上田", "ueda@marufuku-touki.jp")},
 subject="RE: 土鍋のひび",
 quoted="土鍋を初めて使ったら、底に細いひびのような線が入りました。不良品でしょうか？",
 body="""お客様

お問い合わせいただき、誠にありがとうございます。丸福陶器の上田でございます。

土鍋の底に見える細い線は「貫入（かんにゅう）」と呼ばれる釉薬のひびで、陶器の性質上生じるものでございます。水漏れがなければ、そのままお使いいただいて問題ございません。

初めてお使いになる前に「目止め」をしていただくと、貫入から水分が染み込むのを防げます。お粥を炊き、火を止めてそのまま1時間ほど置いたあと、よく洗って乾かしてください。

万が一、水が漏れるようでしたら交換いたしますので、お知らせくださいませ。

丸福陶器 お客様係
上田 和子
TEL 0572-21-4830（平日 9:00〜17:00）
"""),

dict(lang="ja", client="edesk", kind="proactive", expect="violation",
 rules=["purpose.marketing"],
 classes=["coupon", "other-products"],
 note="Delivery follow-up that pushes a 10% coupon code for the next purchase and other products.",
 **{"from": ("茶葉専門店 翠", "order@chaba-midori.jp")},
 subject="ご注文 249-7720145-5581390 ありがとうございました",
 body="""お客様

この度は茶葉専門店 翠の「八女玉露 100g」をご購入いただき、誠にありがとうございました。

ご注文番号：249-7720145-5581390

玉露は50℃ほどのぬるめのお湯で、2分ほどじっくり抽出していただくと甘みが引き立ちます。

日頃の感謝を込めて、次回のお買い物で使える10%OFFクーポンコード「MIDORI10」をお贈りいたします。冬季限定の「ほうじ茶ラテの素」や「抹茶チョコレート」もご用意しておりますので、ぜひ当店の他の商品もご覧くださいませ。

茶葉専門店 翠
"""),

dict(lang="ja", client="zendesk", kind="reply", expect="violation",
 rules=["review.change_or_remove"],
 classes=["dissatisfaction", "resolved", "quoted-history"],
 note="After sending a replacement, asks the buyer to revise their low star review.",
 **{"from": ("キッズ家具のこもれび", "support@komorebi-kids.jp")},
 subject="Re: 交換品が届きました",
 quoted="交換のデスクが届きました。今度は傷もなく、きれいでした。対応ありがとうございました。",
 body="""お客様

ご連絡いただきありがとうございます。こもれびの和田でございます。

交換品が無事に届き、安心いたしました。最初の商品では大変ご迷惑をおかけし、改めてお詫び申し上げます。

大変恐縮ではございますが、以前ご投稿いただいた星1つのレビューにつきまして、今回の対応をご評価いただけるようでしたら、内容の修正をご検討いただけますと幸いです。

お子様の勉強がはかどりますように。

キッズ家具のこもれび
和田 美紀
"""),

dict(lang="ja", client="gmail", kind="proactive", expect="violation",
 rules=["purpose.thank_you_only"],
 classes=["thank-you"],
 note="Proactive message that only thanks the buyer and says to get in touch if needed.",
 **{"from": ("ハンドメイド雑貨 つむぎ", "tsumugi.zakka@tsumugi-zakka.jp")},
 subject="ご購入ありがとうございます（503-8841207-1129534）",
 body="""お客様

この度は、ハンドメイド雑貨つむぎの商品をお選びいただき、心より御礼申し上げます。

ご注文番号：503-8841207-1129534

一つひとつ心を込めてお作りしております。
何かございましたら、どうぞお気軽にお問い合わせくださいませ。

今後ともつむぎをよろしくお願いいたします。

ハンドメイド雑貨 つむぎ
佐藤 結衣
"""),
]
