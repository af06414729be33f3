MESSAGES = [
{
 "id": "w8-0051", "lang": "ja", "client": "zendesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["refund-by-amazon", "refusal", "look-alike", "quoted-history"],
 "note": "Confirms Amazon has already refunded a price difference and declines to send a coupon.",
 "from_name": "さくら寝具 カスタマーサポート", "from_addr": "support@sakura-shingu.jp",
 "subject": "Re: 注文後に値下がりした件(注文番号 249-5518302-7740126)",
 "buyer": "Amazon カスタマー",
 "body": """山田様

この度はお問い合わせいただき、誠にありがとうございます。

ご注文(注文番号 249-5518302-7740126)の羽毛掛け布団につきまして、ご購入の翌日に価格が変更になっておりました件、確認いたしました。差額の2,180円は、Amazonより既に返金処理が完了しております。注文履歴の「注文内容を表示」より「返金済み」としてご確認いただけます。お支払い方法への反映まで3〜5営業日ほどかかる場合がございます。

また、次回ご利用いただけるクーポンについてのお尋ねですが、申し訳ございませんが、こちらのメッセージを通じてクーポンや割引をご案内することはできかねます。何卒ご了承くださいませ。""",
 "sig": """さくら寝具 カスタマーサポート
担当:小林""",
 "quoted": """昨日買った掛け布団が今日見たら2,000円以上安くなっています。差額は返してもらえますか?それか次回使えるクーポンなどもらえませんか。
山田""",
},
{
 "id": "w8-0052", "date": "2026-11-27 10:20", "lang": "ja", "client": "outlook", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["manufacturer-hotline", "warranty", "look-alike", "quoted-history"],
 "note": "Refers an in-warranty rice cooker repair to the named manufacturer's free-dial repair centre.",
 "from_name": "家電のミナト 佐藤", "from_addr": "sato@kaden-minato.jp",
 "subject": "RE: 炊飯器のエラー表示について",
 "buyer": "鈴木 恵",
 "qdate_str": "2026年11月26日(木) 20:15",
 "qsubject": "炊飯器のエラー表示について",
 "body": """鈴木様

いつもご利用いただきありがとうございます。家電のミナトの佐藤でございます。

炊飯器「ほのか炊き RC-10」に「H02」が表示される件、ご不便をおかけしており申し訳ございません。H02は内部の温度センサーの異常を示すエラーで、お客様ご自身での修理はできない内容でございます。

ご注文(注文番号 503-2204817-6631950)は本年7月のお届けのため、メーカー保証(1年間)の対象となります。保証期間中の修理は、製造元である東和電機株式会社の修理受付センターにて承っております。東和電機 修理受付センターのフリーダイヤル 0120-418-662(平日9時〜17時)へご連絡いただければ、引き取り修理の手配をしていただけます。本体底面の製造番号をお手元にご用意ください。

万が一、メーカーでの対応が難しいとの回答でしたら、こちらのメッセージにてお知らせくださいませ。""",
 "sig": """家電のミナト カスタマーサービス
佐藤 健一""",
 "quoted": """先日購入した炊飯器ですが、炊飯ボタンを押すとH02と出て動きません。どうすればいいですか。
鈴木""",
},
{
 "id": "w8-0054", "lang": "ja", "client": "gorgias", "kind": "proactive", "expect": "violation",
 "rules": ["review.biased_positive"],
 "classes": ["five-stars", "review-request", "paraphrase", "order-id"],
 "note": "Review request asking for a five-star (★5) rating.",
 "from_name": "茶房みどり", "from_addr": "order@sabou-midori.jp",
 "subject": "ご注文の抹茶セットについて(注文番号 250-3381764-2209518)",
 "body": """お客様

この度は、宇治抹茶飲み比べセット(注文番号 250-3381764-2209518)をお買い上げいただき、誠にありがとうございます。

抹茶は開封後、空気と光で風味が落ちやすいため、開封後は冷蔵庫で保管し、1か月以内にお召し上がりいただくのがおすすめです。茶筅は使用後にお湯ですすぎ、穂先を上にして陰干ししてください。

商品を気に入っていただけましたら、ぜひ★5つの評価をいただけますと、スタッフ一同大変励みになります。""",
 "sig": """茶房みどり
店長 中村""",
},
{
 "id": "w8-0053", "lang": "ja", "client": "freshdesk", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["star-in-product-name", "look-alike", "quoted-history"],
 "note": "Washing instructions for a pillow whose product name includes '五つ星ホテル仕様'.",
 "from_name": "まくら工房ねむり", "from_addr": "info@makura-nemuri.jp",
 "subject": "Re: 枕の洗い方",
 "buyer": "高橋",
 "body": """高橋様

お問い合わせありがとうございます。

「五つ星ホテル仕様 ふんわりホテル枕」は、中材がポリエステルわたのため、ご家庭の洗濯機で丸洗いいただけます。
・洗濯ネットに入れ、「手洗い」または「ドライ」コースをご利用ください。
・脱水は1分程度にとどめ、形を整えてから風通しの良い日陰で十分に乾かしてください。
・乾燥機のご使用はお控えください。わたが偏る原因になります。

乾いた後に枕の両端を持って軽くたたくと、ふくらみが戻りやすくなります。""",
 "sig": """まくら工房ねむり
お客様窓口 伊藤""",
 "quoted": """ホテル枕を買いました。洗濯機で洗っても大丈夫でしょうか?""",
},
{
 "id": "w8-0055", "lang": "ja", "client": "edesk", "kind": "proactive", "expect": "legit", "rules": [],
 "classes": ["customisation", "gift-wrap", "look-alike", "order-id"],
 "note": "Proactive confirmation of the name engraving for a gift tumbler; mentions the gift wrapping the buyer chose.",
 "from_name": "名入れギフト工房 燕", "from_addr": "order@naire-tsubame.jp",
 "subject": "名入れ内容のご確認(注文番号 249-7720941-3385106)",
 "body": """お客様

この度は、名入れ真空タンブラー(注文番号 249-7720941-3385106)をご注文いただき、ありがとうございます。

ご注文時にご入力いただいた名入れ内容が「Takashi 2026.12」となっておりますが、ピリオドの位置を含め、こちらの内容で彫刻してよろしいでしょうか。名入れ後は変更・キャンセルができませんため、念のため確認させていただいております。

また、ギフトラッピング(のし:「御祝」)をご選択いただいておりますので、ご指定どおりに包装してお届けいたします。

本メッセージへのご返信をいただき次第、2営業日以内に彫刻・発送いたします。""",
 "sig": """名入れギフト工房 燕
受注担当 渡辺""",
},
{
 "id": "w8-0057", "lang": "ja", "client": "helpscout", "kind": "reply", "expect": "violation",
 "rules": ["contact.off_platform"],
 "classes": ["messenger", "line-official-account", "quoted-history"],
 "note": "Answers a question but invites the buyer to add the shop's LINE official account for faster support.",
 "from_name": "ペット用品のポチ屋", "from_addr": "support@pochiya-pet.jp",
 "subject": "Re: 自動給餌器の設定方法",
 "buyer": "木村",
 "body": """木村様

お問い合わせありがとうございます。

自動給餌器「ごはんタイマー PF-3」の給餌時刻の設定は、以下の手順で行えます。
1. 「SET」ボタンを3秒長押しし、時刻表示を点滅させます。
2. 「▲」「▼」で時刻を合わせ、「SET」で確定します。
3. 続けて給餌量(1〜10杯)を選び、もう一度「SET」を押してください。

1日最大4回まで設定できます。

なお、今後ご不明点がございましたら、当店のLINE公式アカウント(ID:@pochiya)を友だち追加していただくと、写真や動画でより早くご案内できますので、ぜひご利用ください。""",
 "sig": """ペット用品のポチ屋
サポート担当 松本""",
 "quoted": """給餌器の時間設定のやり方がよくわかりません。説明書が英語でした。
木村""",
},
{
 "id": "w8-0056", "date": "2026-11-28 11:00", "lang": "ja", "client": "gmail", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["attachment", "invoice", "vat-id", "seller-address", "quoted-history"],
 "note": "Sends a qualified invoice PDF with the seller's address and invoice registration number (T + 13 digits).",
 "from_name": "文具のいろは 経理", "from_addr": "keiri@bungu-iroha.jp",
 "subject": "Re: 適格請求書の発行について(注文番号 503-6619027-1184430)",
 "buyer": "株式会社青葉設計 岡田",
 "body": """株式会社青葉設計
岡田様

お問い合わせいただきありがとうございます。

ご注文(注文番号 503-6619027-1184430)の適格請求書を、ご指定の宛名にてPDFで添付いたしました。当店の登録番号・所在地も記載しておりますので、経理処理にご利用ください。

宛名や但し書きに変更が必要な場合は、本メッセージにご返信いただければ再発行いたします。""",
 "sig": """文具のいろは
経理担当 池田""",
 "quoted": """お世話になります。会社の経費で購入したため、宛名「株式会社青葉設計」で適格請求書をお願いできますでしょうか。""",
 "attach": [{"filename": "invoice_IR-2026-1204.pdf", "lines": [
    "適格請求書", "", "株式会社青葉設計 御中", "",
    "発行日:2026年11月28日", "請求書番号:IR-2026-1204", "Amazon注文番号:503-6619027-1184430", "",
    "品名:製図用シャープペンシル 0.5mm 10本セット  数量1  8,800円(税込)", "10%対象 8,800円(内消費税 800円)", "",
    "株式会社いろは文具", "〒530-0041 大阪府大阪市北区天神橋3-7-12", "登録番号:T4120001184762", "",
    "お支払い:Amazon決済にて支払済"]}],
},
{
 "id": "w8-0058", "lang": "ja", "client": "zendesk", "kind": "proactive", "expect": "violation",
 "rules": ["review.repeat_request"],
 "classes": ["second-review-request", "paraphrase", "order-id"],
 "note": "A neutral-sounding review request that says it is a reminder of an earlier request for the same order.",
 "from_name": "北の工房 木ノ香", "from_addr": "info@kinoka-kobo.jp",
 "subject": "再度のお願い:レビューについて(注文番号 250-8817203-4456921)",
 "body": """お客様

先日はヒノキのまな板(注文番号 250-8817203-4456921)をお買い上げいただき、ありがとうございました。

先週もレビューのお願いをお送りいたしましたが、改めてご連絡させていただきました。良かった点・気になった点など、率直なご感想をAmazonのレビューにお寄せいただけましたら幸いです。

お使い始めの際は、一度水で濡らしてから食材をのせると、においや色移りを防げます。""",
 "sig": """北の工房 木ノ香""",
},
{
 "id": "w8-0059", "date": "2026-11-29 09:20", "lang": "ja", "client": "freshdesk", "kind": "reply", "expect": "violation",
 "rules": ["purpose.marketing"],
 "classes": ["apology-coupon", "look-alike", "quoted-history"],
 "note": "Resolves a late-delivery complaint properly but adds a 10% off coupon for the next order as an apology.",
 "from_name": "和菓子処 香月", "from_addr": "shop@wagashi-kazuki.jp",
 "subject": "Re: お届けが遅れている件",
 "buyer": "小川",
 "body": """小川様

この度はお届けが遅れ、大変ご迷惑をおかけしております。

確認いたしましたところ、ご注文(注文番号 249-4402718-9973015)の栗きんとん詰め合わせは、配送業者の中継地点で一時保管となっておりました。本日午前に再出荷されており、明日11月30日の午前中にお届けの予定です。追跡番号は 4417-2209-8836 (ヤマト運輸)でございます。

お詫びのしるしとして、次回のご注文でお使いいただける10%OFFクーポン(コード:KAZUKI10)をお送りいたします。当店の他の商品にもご利用いただけます。""",
 "sig": """和菓子処 香月
店主 香月 陽子""",
 "quoted": """注文してから1週間経つのにまだ届きません。贈答用なので困っています。
小川""",
},
{
 "id": "w8-0060", "date": "2026-11-29 10:05", "lang": "ja", "client": "outlook", "kind": "reply", "expect": "legit", "rules": [],
 "classes": ["seller-cancels", "quoted-contact", "contact-amazon", "negation", "quoted-history"],
 "note": "The seller cancels the order itself; the buyer's own e-mail and phone number appear only in the quote; refers to Amazon customer service.",
 "from_name": "アウトドア館 ヤマカゼ 森田", "from_addr": "morita@yamakaze-outdoor.jp",
 "subject": "RE: 注文のキャンセルをお願いします",
 "buyer": "藤井 直樹",
 "qdate_str": "2026年11月29日(日) 7:48",
 "qsubject": "注文のキャンセルをお願いします",
 "body": """藤井様

ご連絡ありがとうございます。アウトドア館ヤマカゼの森田でございます。

ご注文(注文番号 503-9915642-0028837)の寝袋「冬山-10℃モデル」につきまして、まだ発送前でございましたので、当店にてキャンセル手続きを完了いたしました。お客様ご自身でのお手続きは不要です。間もなくAmazonからキャンセル確認のメールが届きます。

なお、お電話やメールでのご連絡はご遠慮させていただいており、お問い合わせはすべてこちらのAmazonメッセージにて承っております。返金に関してご不明点がございましたら、Amazonカスタマーサービスへお問い合わせくださいませ。""",
 "sig": """アウトドア館 ヤマカゼ
カスタマー担当 森田""",
 "quoted": """間違えてサイズ違いを注文してしまいました。キャンセルできますか?急ぎなので電話かメールで返事ください。
n.fujii1984@example.ne.jp / 090-4417-2286
藤井""",
},
]
