"""Real PDF attachments made with fpdf2 (installed only in a private venv)."""
from fpdf import FPDF

JA_FONT = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"

def _doc(lines, font=None):
    pdf = FPDF()
    pdf.set_creation_date(__import__("datetime").datetime(2026, 12, 3, 10, 0, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()
    if font:
        pdf.add_font("jp", "", font)
        pdf.set_font("jp", size=11)
    else:
        pdf.set_font("Helvetica", size=11)
    for l in lines:
        pdf.multi_cell(0, 7, l, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())

def make(kind):
    if kind == "ja-invoice":
        return _doc([
            "適格請求書",
            "",
            "発行日：2026年12月3日",
            "請求書番号：OCK-2026-12-0418",
            "Amazon注文番号：249-8810372-4456190",
            "",
            "オフィスチェア館",
            "登録番号：T1234567890123",
            "",
            "品名：メッシュオフィスチェア（ブラック） 3脚",
            "単価：18,000円（税抜）",
            "小計：54,000円",
            "消費税（10%）：5,400円",
            "合計：59,400円",
            "",
            "お支払い方法：Amazon決済（お支払い済み）",
        ], JA_FONT)
    if kind == "en-manual":
        return _doc([
            "Quick Start Guide - Thermo Sous Vide Stick SV-900",
            "",
            "1. Clip the stick to a pot filled with water between the MIN and MAX marks.",
            "2. Press and hold the power button for 2 seconds.",
            "3. Turn the wheel to set the temperature; press once to start.",
            "4. The display blinks when the water has reached the set temperature.",
            "",
            "Error E1: water level below MIN. Add water and restart.",
            "Error E3: heater overheated. Unplug for 15 minutes before use.",
            "",
            "Never immerse the top housing. Clean the steel skirt with warm soapy water.",
        ])
    raise KeyError(kind)
