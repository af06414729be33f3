"""Build w56 corpus: python src/build.py (needs fpdf2 in a private venv)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from envelope import write_all
from fpdf import FPDF

INVOICES = {
    "invoice_0005": ("Kestrel Office Supplies Ltd", "INV-K-2026-11873", "206-5501823-4417390",
                     "Holloway Dental Ltd\nVAT no. GB 298 4412 06",
                     [("Kestrel ErgoMesh office chair", 4, 149.17)], 20),
    "invoice_0017": ("Meadowvale Bakeware", "MVB-40917", "026-3318402-7719534", "Oliver Grant",
                     [("Springform cake tin 23 cm", 2, 9.00), ("Loose-base sandwich tin 20 cm, pair", 1, 12.00)], 20),
    "invoice_0029": ("Larkspur Garden Tools Ltd", "LGT-22815", "203-8814720-1195336", "Whitcombe Landscapes Ltd\nVAT no. GB 771 0392 51",
                     [("Larkspur bypass secateurs", 6, 14.99), ("Larkspur holster", 6, 4.16)], 20),
}


def invoice(key):
    seller, num, order, billto, lines, rate = INVOICES[key]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "VAT INVOICE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for l in [seller, f"Invoice number: {num}", f"Amazon order: {order}", "", "Bill to:"] + billto.split("\n") + [""]:
        pdf.cell(0, 6, l, new_x="LMARGIN", new_y="NEXT")
    net = 0.0
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(100, 7, "Item"); pdf.cell(20, 7, "Qty"); pdf.cell(30, 7, "Unit net"); pdf.cell(30, 7, "Net", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for name, q, p in lines:
        net += q * p
        pdf.cell(100, 7, name); pdf.cell(20, 7, str(q)); pdf.cell(30, 7, f"GBP {p:.2f}"); pdf.cell(30, 7, f"GBP {q*p:.2f}", new_x="LMARGIN", new_y="NEXT")
    vat = round(net * rate / 100, 2)
    pdf.ln(4)
    for l in [f"Net total: GBP {net:.2f}", f"VAT at {rate}%: GBP {vat:.2f}", f"Total: GBP {net+vat:.2f}", "", "Paid via Amazon. Thank you for your order."]:
        pdf.cell(0, 6, l, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output()), f"{num}.pdf", "application/pdf"


def main():
    import msgs1
    allm = list(msgs1.M)
    try:
        import msgs2
        allm += msgs2.M
    except ImportError:
        pass
    for m in allm:
        if isinstance(m.get("attach"), str):
            k = m["attach"]
            m["attach"] = (lambda k=k: invoice(k))
    write_all(allm)
    print(len(allm), "messages")


if __name__ == "__main__":
    main()
