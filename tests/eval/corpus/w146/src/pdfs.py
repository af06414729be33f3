"""Build the three PDF attachments for w146 with fpdf2 (run in a private venv)."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "."


def invoice():
    p = FPDF()
    p.add_page()
    p.set_font("Helvetica", "B", 16)
    p.cell(0, 10, "Larchmont Lab Supply LLC", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 10)
    for line in ["2218 Foundry Row, Dayton, OH 45402", "EIN 84-3170296",
                 "", "INVOICE  LLS-26-11482        Date: November 12, 2026",
                 "Amazon order: 114-5820371-6093148",
                 "Bill to: Harmon Creek Unified School District - Purchasing Dept.",
                 "Ship to: Harmon Creek Middle School, Science Wing, Room 114",
                 "Tax status: EXEMPT - Ohio Form STEC B, certificate no. HC-0041-2026",
                 ""]:
        p.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "B", 10)
    for w, t in [(90, "Item"), (20, "Qty"), (35, "Unit"), (35, "Amount")]:
        p.cell(w, 7, t, border=1)
    p.ln()
    p.set_font("Helvetica", "", 10)
    rows = [("Borosilicate beaker set, 50-1000 ml (6 pc)", "12", "24.95", "299.40"),
            ("Digital pocket scale 0.01 g / 200 g", "6", "18.50", "111.00"),
            ("Safety goggles, indirect vent, ANSI Z87.1", "30", "3.20", "96.00")]
    for r in rows:
        for w, t in zip([90, 20, 35, 35], r):
            p.cell(w, 7, t, border=1)
        p.ln()
    p.ln(3)
    for t in ["Subtotal: $506.40", "Sales tax (exempt): $0.00", "Shipping: $0.00",
              "Total paid via Amazon: $506.40"]:
        p.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT", align="R")
    p.ln(4)
    p.multi_cell(0, 5, new_x="LMARGIN", new_y="NEXT", text="Paid in full through Amazon.com. Please keep this invoice with the "
                 "district's exemption certificate for your records.")
    p.output(f"{OUT}/LLS-26-11482_invoice_tax-exempt.pdf")


def quickstart():
    p = FPDF()
    p.add_page()
    p.set_font("Helvetica", "B", 15)
    p.cell(0, 10, "LumaRail 3-Bar Under-Cabinet LED Kit - Quick Start", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 10)
    p.multi_cell(0, 5, new_x="LMARGIN", new_y="NEXT", text="In the box: 3 x 12 in (30.5 cm) light bars, 1 x 24 W plug-in adapter, "
                 "2 x 20 in linking cables, 1 x 6 ft power lead with inline dimmer, 9 mounting "
                 "clips, 9 x #6 x 1/2 in screws, 3M adhesive pads.")
    p.ln(2)
    steps = [
        "Unplug everything. Hold each bar under the cabinet 2 in (5 cm) back from the front edge so the light is not visible at eye level.",
        "Mark clip positions 1 in from each end of the bar and one in the middle.",
        "Drill 1/16 in pilot holes no deeper than 3/8 in - most cabinet bottoms are only 1/2 to 5/8 in thick.",
        "Screw in the clips, then press the bars in until they click. Use the adhesive pads only on smooth, clean surfaces.",
        "Link the bars with the 20 in cables (max. 6 bars / 72 W on one adapter).",
        "Route the power lead along the back wall and plug the adapter into a standard outlet. Do not cover the adapter.",
        "Press the dimmer once for on/off, hold to dim. Double-press to switch 3000 K / 4000 K / 5000 K.",
    ]
    for i, s in enumerate(steps, 1):
        p.multi_cell(0, 5, new_x="LMARGIN", new_y="NEXT", text=f"{i}. {s}")
        p.ln(1)
    p.ln(2)
    p.set_font("Helvetica", "B", 10)
    p.cell(0, 6, "Safety", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 10)
    p.multi_cell(0, 5, new_x="LMARGIN", new_y="NEXT", text="Indoor, dry locations only. Keep 6 in (15 cm) from gas burners. Do not "
                 "cut the bars. If a bar flickers, check that the linking cable is fully seated.")
    p.output(f"{OUT}/LumaRail_quick_start.pdf")


def carecard():
    p = FPDF(format="A4")
    p.add_page()
    p.set_font("Helvetica", "B", 16)
    p.cell(0, 10, "Caring for your Wattle & Weave linen", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 10)
    for s in ["Wash warm (40 C max) with similar colours before first use.",
              "Use a mild liquid detergent, no bleach or fabric softener.",
              "Tumble dry low or line dry in the shade; remove while slightly damp.",
              "Iron on medium if you like a crisp finish - linen softens with every wash."]:
        p.multi_cell(0, 5, new_x="LMARGIN", new_y="NEXT", text="- " + s)
    p.ln(4)
    p.set_font("Helvetica", "B", 11)
    p.multi_cell(0, 6, new_x="LMARGIN", new_y="NEXT", text="A little thank-you from us")
    p.set_font("Helvetica", "", 10)
    p.multi_cell(0, 5, new_x="LMARGIN", new_y="NEXT", text="Love your new sheets? Leave us a 5-star review on Amazon, send us a "
                 "screenshot through your Amazon messages and we'll post you a FREE pair of "
                 "matching pillowcases (worth $39.95). One pair per household.")
    p.output(f"{OUT}/WattleWeave_care_card.pdf")


if __name__ == "__main__":
    invoice(); quickstart(); carecard()
