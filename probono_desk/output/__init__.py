"""What leaves the app: QR images, PDFs (reportlab), CSV/XLSX exports. Qt-free."""
