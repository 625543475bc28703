"""Write the eighteenth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Cirebon"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national5/make_national5.py (copied, new seed,
new regions, new directories). Every partner is one hand-written line in a directory block::
    kind sector | name | region_code [tidak] [x] | d=... | t=... | s=... | p=... | h=... | v=... | k=...

``d t s p h`` are the offers in the aspects dana, tenaga, sarana, program and
pendayagunaan_hasil; ``{...}`` at the end of an offer is its capacity (``{12}`` or, with the
words the one-column shape uses, ``{500:kg/bulan}``); ``v`` and ``k`` are vision and seeks
(otherwise a hand-written phrase for the kind is chosen); ``y=years/completed`` the track record;
``tidak`` marks an inactive partner and ``x`` a row with most cells empty. A fixed seed decides
only the mechanical parts: coordinate offsets (up to 12 km from the regency's point), which
cells go missing, how `active` is spelled, and the spellings used by the other two shapes.

Shapes written for every directory (same partners, same partner_ids):

- ``<dir>.csv``            per_aspek: the contract's canonical columns;
- ``<dir>_satu_kolom.csv`` satu_kolom: Indonesian headers and one free-text offer column;
- ``<dir>_kapital.csv``    kapital: canonical columns, UPPER CASE names and regions, variant
  regency/province spellings, region_code/lat/lon empty.

Run from the repository root (standard library only)::

    python3 data/eval/national18/make_national18.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20321118
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")
TAGS = dict(zip("dtsph", ASPECTS))
COLUMNS = [
    "partner_id",
    "name",
    "sector",
    "kind",
    "province",
    "regency",
    "region_code",
    "lat",
    "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision",
    "seeks",
    "active",
    "years_active",
    "partnerships_completed",
]
SECTORS = {"g": "pemerintah", "s": "swasta", "m": "masyarakat"}
UNITS = {
    "tenaga": "orang",
    "sarana": "unit",
    "program": "peserta",
    "pendayagunaan_hasil": "orang/tahun",
}

# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "32.09": ("Kabupaten Cirebon", -6.74622, 108.55216),
    "32.74": ("Kota Cirebon", -6.74172, 108.55331),
    "32.08": ("Kabupaten Kuningan", -7.00338, 108.55981),
    "32.10": ("Kabupaten Majalengka", -6.81508, 108.25719),
    "32.12": ("Kabupaten Indramayu", -6.44749, 108.16903),
    "32.73": ("Kota Bandung", -6.91924, 107.6366),
    "33.29": ("Kabupaten Brebes", -7.06277, 108.92953),
    "12.08": ("Kabupaten Simalungun", 2.9697, 99.02156),
    "12.72": ("Kota Pematangsiantar", 2.96142, 99.05903),
    "12.18": ("Kabupaten Serdang Bedagai", 3.36626, 99.05771),
    "12.12": ("Kabupaten Toba", 2.38896, 99.24757),
    "12.06": ("Kabupaten Karo", 3.11844, 98.30136),
    "12.71": ("Kota Medan", 3.62904, 98.6672),
    "14.71": ("Kota Pekanbaru", 0.55128, 101.46573),
    "74.07": ("Kabupaten Wakatobi", -5.57125, 123.78541),
    "74.72": ("Kota Bau Bau", -5.42877, 122.6758),
    "74.04": ("Kabupaten Buton", -5.3165, 122.92294),
    "74.71": ("Kota Kendari", -3.99771, 122.53288),
    "74.09": ("Kabupaten Konawe Utara", -3.3907, 122.03045),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "12": "Sumatera Utara",
    "14": "Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "12": ["SUMATERA UTARA", "SUMUT", "PROV. SUMUT", "SUMATRA UTARA", "PROVINSI SUMATERA UTARA"],
    "14": ["RIAU", "PROV. RIAU"],
    "31": ["DKI JAKARTA", "DKI"],
    "32": ["JAWA BARAT", "JABAR", "PROV. JAWA BARAT", "PROP. JABAR"],
    "33": ["JAWA TENGAH", "JATENG"],
    "73": ["SULAWESI SELATAN", "SULSEL"],
    "74": ["SULAWESI TENGGARA", "SULTRA", "PROV. SULTRA", "PROVINSI SULAWESI TENGGARA"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "32.09": [
        "!",
        "KAB. CIREBON",
        "KAB CIREBON",
        "CIREBON",
        "KABUPATEN CIREBON",
        "KAB. CIREBON (SUMBER)",
        "SUMBER",
    ],
    "32.74": ["KOTA CIREBON", "CIREBON KOTA", "KODYA CIREBON"],
    "32.08": ["KUNINGAN"],
    "32.10": ["MAJALENGKA"],
    "32.12": ["INDRAMAYU"],
    "32.73": ["BANDUNG", "KODYA BANDUNG"],
    "33.29": ["BREBES"],
    "12.08": [
        "!",
        "KAB. SIMALUNGUN",
        "SIMALUNGUN",
        "KAB. SIMALUNGUN (PEMATANG RAYA)",
        "PEMATANG RAYA",
        "P. RAYA",
        "KABUPATEN SIMALUNGUN",
    ],
    "12.72": ["PEMATANGSIANTAR", "PEMATANG SIANTAR", "P. SIANTAR", "SIANTAR"],
    "12.18": ["SERGAI", "SERDANG BEDAGAI"],
    "12.12": ["TOBA", "TOBASA", "KAB. TOBA SAMOSIR"],
    "12.06": ["KARO", "TANAH KARO"],
    "12.71": ["MEDAN"],
    "14.71": ["PEKANBARU"],
    "74.07": [
        "!",
        "KAB. WAKATOBI",
        "WAKATOBI",
        "KAB. WAKATOBI (WANGI-WANGI)",
        "WANGI-WANGI",
        "WANCI",
        "KABUPATEN WAKATOBI",
    ],
    "74.72": ["BAUBAU", "BAU-BAU", "KOTA BAUBAU"],
    "74.04": ["BUTON", "KAB. BUTON (PASARWAJO)"],
    "74.71": ["KENDARI", "KOTA KENDARI"],
    "74.09": ["KONAWE UTARA", "KONUT"],
    "73.71": ["MAKASSAR", "KOTA MAKASSAR"],
}

KIND_LABELS = {
    "dinas": "Dinas",
    "blk": "BLK",
    "lkp": "LKP/LPK",
    "pkbm": "PKBM",
    "skb": "SKB",
    "smk": "SMK",
    "dudi": "DUDI",
    "donor": "Donor",
    "ormas": "Ormas",
    "tokoh_masyarakat": "Tokoh Masyarakat",
    "pusat_karya": "Pusat Karya",
    "perguruan_tinggi": "Perguruan Tinggi",
    "koperasi": "Koperasi",
    "bumdes": "BUMDes",
}
# Default visions and seeks per kind, hand-written; a partner line may give its own.
VISIONS = {
    "dinas": [
        "meningkatkan kualitas pelayanan publik dan kesejahteraan masyarakat",
        "terwujudnya sumber daya manusia yang produktif dan berdaya saing",
        "pembangunan daerah yang inklusif melalui kolaborasi",
    ],
    "blk": [
        "tenaga kerja kompeten, produktif dan siap bersaing",
        "pelatihan vokasi yang sesuai kebutuhan industri",
    ],
    "lkp": [
        "membekali peserta dengan keterampilan praktis agar mandiri",
        "lulusan kompeten, siap kerja dan berwirausaha",
        "kursus bermutu dan terjangkau bagi semua kalangan",
    ],
    "pkbm": [
        "pendidikan sepanjang hayat untuk semua warga",
        "warga belajar yang terampil, mandiri dan berakhlak",
    ],
    "skb": ["layanan pendidikan nonformal yang bermutu dan merata"],
    "smk": [
        "lulusan SMK yang kompeten, berkarakter dan terserap industri",
        "SMK bisa, SMK hebat: siap kerja, santun dan mandiri",
    ],
    "dudi": [
        "tumbuh bersama masyarakat sekitar",
        "memberikan layanan terbaik bagi pelanggan",
        "usaha yang berkelanjutan dan bermanfaat bagi lingkungan",
    ],
    "donor": [
        "bersama membangun masyarakat yang mandiri dan sejahtera",
        "memberdayakan mustahik menjadi muzaki",
        "investasi sosial untuk pendidikan dan ekonomi warga",
    ],
    "ormas": [
        "masyarakat yang guyub, berdaya dan sejahtera",
        "pemberdayaan warga dari, oleh dan untuk warga",
    ],
    "tokoh_masyarakat": [
        "program yang bermanfaat untuk warga kampung",
        "anak muda desa punya keterampilan dan pekerjaan",
    ],
    "pusat_karya": [
        "melestarikan kerajinan daerah dan membuka lapangan kerja",
        "karya lokal naik kelas",
    ],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang berdampak bagi masyarakat"],
    "koperasi": ["anggota sejahtera melalui usaha bersama"],
    "bumdes": ["desa mandiri melalui usaha milik desa"],
}
SEEKS = {
    "dinas": [
        "lembaga mitra pelaksana yang aktif dan tertib laporan",
        "data sasaran dan peserta yang siap dilatih",
    ],
    "blk": [
        "peserta pelatihan yang serius dan mitra penempatan kerja",
        "lembaga pengirim peserta dan data pencari kerja",
    ],
    "lkp": ["peserta kursus dan tempat magang untuk peserta", "kerja sama penyaluran lulusan"],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": ["tempat prakerin bagi siswa dan rekrutmen alumni", "guru tamu dari industri"],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": ["pelatihan dan modal usaha bagi anggota", "pendamping dan jejaring pemasaran"],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": ["lokasi KKN dan mitra penelitian", "desa binaan untuk pengabdian"],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Jawa Barat: Kabupaten Cirebon (32.09)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_cirebon",
        "CRB",
        "Dukungan yang Bisa Diberikan",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Cirebon | 32.09 | p=pelatihan berbasis kompetensi: operator mesin jahit, las listrik, bahasa Jepang dasar calon PMI {80} | h=job fair dan penyaluran lowongan kawasan industri Cirebon-Majalengka {200}
dinas g | Dinas Koperasi dan UKM Kabupaten Cirebon | 32.09 | d=pinjaman dana bergulir bagi koperasi dan KUB binaan, jasa 3 % setahun, maks Rp 25 jt per kelompok {Rp 400.000.000} | p=pendampingan PIRT, sertifikat halal gratis (SEHATI) dan NIB {50}
dinas g | Dinas Perdagangan dan Perindustrian Kab. Cirebon | 32.09 | t=penyuluh perindustrian bidang rotan dan furnitur {2} | h=memfasilitasi pameran dan temu bisnis perajin rotan dengan eksportir, tanpa pembelian langsung
dinas g | Dinas Perikanan dan Peternakan Kabupaten Cirebon | 32.09 | s=bantuan cool box, freezer dan para-para jemur bagi POKLAHSAR terdaftar {10} | p=bimtek pengolahan hasil perikanan (terasi, kerupuk, rajungan) {30}
dinas g | Dinas Sosial Kabupaten Cirebon | 32.09 | d=bantuan usaha KUBE bagi keluarga penerima PKH yang tercatat di DTKS {Rp 20.000.000} | p=pelatihan keterampilan bagi eks PMI bermasalah {20}
dinas g | Dinas Pendidikan Kabupaten Cirebon (Bidang PNF) | 32.09 | d=BOP PKW dan kursus kewirausahaan bagi PKBM/LKP terakreditasi, lewat proposal {Rp 18.000.000} | t=pamong belajar pendamping kursus {2}
dinas g | Dinas Kebudayaan dan Pariwisata Kab. Cirebon | 32.09 | h=stan UMKM di Festival Keraton dan gerai di Pusat Grosir Batik Trusmi {25:produk} | t=narasumber sadar wisata {2}
blk g | UPTD BLK Kabupaten Cirebon (Sumber) | 32.09 | t=instruktur mebel dan anyaman rotan bersertifikat, bisa diperbantukan ke lembaga mitra dua kali seminggu {2} | s=bengkel kerja rotan dengan alat steam dan bor, bisa dipinjam hari Sabtu {1} | p=pelatihan anyaman rotan dan mebel 240 JP {16}
blk m | BLK Komunitas Pondok Pesantren Buntet (Astanajapura) | 32.09 | p=pelatihan menjahit dan bordir bagi santri dan warga sekitar {16} | t=instruktur bordir {1}
donor m | BAZNAS Kabupaten Cirebon | 32.09 | d=Cirebon Berdaya: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 350.000.000}
donor m | LAZ Al-Mujahidin Cirebon Peduli | 32.09 | d=qardhul hasan bagi pedagang Pasar Sumber dan Pasar Pasalaran, maks Rp 2 jt per orang {Rp 60.000.000}
donor s | Bank BJB Cabang Sumber | 32.09 | d=KUR mikro dan kredit usaha perempuan sampai Rp 50 jt {Rp 5 M}
donor s | CSR PT Cirebon Energi Pantura (PLTU) | 32.09 | d=bantuan modal usaha bagi kelompok warga ring 1 PLTU di Desa Kanci dan Waruduwur, Kecamatan Astanajapura dan Mundu {Rp 250.000.000} | s=bantuan alat tangkap nelayan ring 1 {20}
donor s | TJSL PT Semen Palimanan Jaya | 32.09 | d=hibah peralatan usaha bagi UMKM di desa ring 1 tambang kapur Kecamatan Dukupuntang dan Palimanan {Rp 150.000.000}
donor s | CSR PT Kilang Balongan | 32.12 | d=bantuan modal bagi kelompok nelayan dan pengolah ikan di desa ring 1 Kecamatan Balongan, Indramayu {Rp 300.000.000}
donor s | Program Hibah Perempuan Pesisir Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perempuan pengolah hasil laut di seluruh Indonesia, proposal daring {Rp 30.000.000}
donor m | Yayasan Rotan Lestari Nusantara | 32.09 | t=desainer produk rotan pendamping, datang sebulan sekali {1} | s=hibah alat anyam (steamer rotan kecil, pemotong) untuk sanggar pemula {3}
dudi s | CV Rotan Jaya Tegalwangi (eksportir furnitur rotan) | 32.09 | h=menerima lulusan pelatihan anyaman rotan sebagai perajin borongan dan karyawan tetap {25} | p=magang anyam rotan di workshop {6}
dudi s | PT Weru Rattan Indonesia | 32.09 | h=rekrut operator anyam rotan sintetis untuk ekspor, lulusan pelatihan diutamakan {40} | t=supervisor produksi bisa mengajar teknik anyam di lembaga mitra, honor ditanggung perusahaan {1}
dudi s | UD Plered Rotan Craft | 32.09 | h=membeli keranjang dan tas anyaman rotan setengah jadi dari perajin rumahan {300:pcs/bulan}
dudi s | Toko Bahan Rotan Sumber Makmur | 32.09 | h=menjual rotan poles, rotan sintetis dan kawat ke perajin | s=jual alat anyam dan lem, bisa tempo
dudi s | Batik Trusmi Ningrat (gerai dan workshop) | 32.09 | p=magang membatik tulis motif mega mendung {8} | h=rekrut pembatik tulis {10}
dudi s | Pusat Oleh-oleh Khas Cirebon Jl. Tuparev | 32.09 | h=membeli putus terasi udang rebon, kerupuk melarat, sirup tjampolay dan emping dari produsen ber-PIRT {400:bungkus/bulan}
dudi s | Toko Oleh-oleh Sumber Rasa Plered | 32.09 | h=titip jual olahan khas Cirebon, bagi hasil 15 % {30:produk}
dudi s | Juragan Terasi Gebang (pengepul) | 32.09 | h=membeli terasi setengah jadi dari pengolah rumahan di Gebang dan Losari untuk diolah ulang {2:ton/bulan}
dudi s | Pengepul Udang Rebon Pangenan | 32.09 | h=menjual udang rebon segar dan garam krosok ke pembuat terasi {3:ton/bulan}
dudi s | Miniplant Rajungan Samudra Gebang | 32.09 | h=membeli rajungan rebus dari nelayan dan pengupas {500:kg/hari} | p=magang pengupasan daging rajungan {10}
dudi s | Toko Mesin Pangan Mitra Usaha Kedawung | 32.09 | s=jual mesin giling, pengering dan sealer, bisa kredit | t=teknisi pemasangan mesin bagi pembeli {1}
dudi s | Swalayan Grage Mart Sumber | 32.09 | h=konsinyasi produk lokal berlabel halal dan barcode {40:produk}
koperasi m | Koperasi Perajin Rotan Tegalwangi Mandiri | 32.09 | d=pinjaman modal khusus anggota perajin {Rp 150.000.000} | s=gudang dan ruang anyam koperasi untuk anggota {1} | h=menampung produk anyaman anggota untuk dipasarkan ke eksportir {500:pcs/bulan}
koperasi m | Koperasi Nelayan Mina Bahari Gebang | 32.09 | d=simpan pinjam khusus anggota nelayan {Rp 80.000.000} | s=cold storage koperasi disewakan per kg per hari {5:ton}
smk m | SMK Negeri 1 Plered (Kriya Kayu dan Rotan) | 32.09 | t=guru kriya rotan bisa mengajar di lembaga mitra pada sore hari {1} | s=bengkel kriya rotan sekolah bisa dipakai mitra hari Sabtu {1}
smk m | SMK Negeri 1 Gebang (Agribisnis Pengolahan Hasil Perikanan) | 32.09 | s=ruang produksi hasil perikanan bisa dipakai kelompok dengan jadwal {1} | p=siswa PKL yang mencari tempat prakerin {20}
lkp m | LKP Anyaman Rotan Kreasi Weru | 32.09 | p=kursus anyaman rotan berbayar, lulusan disalurkan ke workshop jaringan LKP {15}
lkp m | LPK Bahasa Jepang Sakura Cirebon | 32.09 | p=pelatihan bahasa Jepang dan pemberangkatan pemagangan ke Jepang {40}
pkbm m | PKBM Al-Hikmah Kaliwedi | 32.09 | p=warga belajar kesetaraan yang mencari kursus keterampilan {25}
perguruan_tinggi m | Universitas Swadaya Gunung Jati (LPPM) | 32.74 | t=dosen teknologi pangan pendamping keamanan pangan UMKM {2} | p=pendampingan PIRT dan halal lewat KKN tematik di desa pesisir {30}
ormas m | TP PKK Kabupaten Cirebon | 32.09 | p=kader PKK penggerak kelompok perempuan {40} | h=bazar UMKM di alun-alun Sumber tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Cirebon | 32.09 | h=galeri kerajinan rotan dan batik, kurasi untuk pameran Inacraft Jakarta {30:produk}
ormas m | HIMKI Korwil Cirebon Raya (asosiasi mebel dan kerajinan) | 32.09 | h=menghubungkan perajin dengan anggota eksportir yang mencari tenaga anyam | t=perajin senior anggota sebagai narasumber seminar {2}
tokoh_masyarakat m | Mang Darsono (perajin rotan senior Tegalwangi) | 32.09 | t=mau mengajari anyaman rotan dasar untuk anak muda, dua kali seminggu {1}
tokoh_masyarakat m | Ibu Hj. Carini (pembuat terasi rebon senior Gebang) | 32.09 | t=mau mengajari cara membuat terasi yang tidak cepat berjamur {1}
bumdes m | BUMDes Mekar Jaya Desa Gebang Mekar | 32.09 | s=rumah produksi desa dengan para-para jemur bisa dipakai kelompok warga desa {1} | h=kios desa menjual olahan warga {15:produk}
dudi s | Workshop Rotan Pak Kasmadi Weru | 32.09 tidak | t=perajin mengajar anyam {2} | h=menerima tenaga anyam {10}
donor m | Yayasan Pesisir Sejahtera Cirebon | 32.09 tidak | d=modal usaha kelompok perempuan pesisir {Rp 40.000.000}
dudi s | Warung Bu Tarsih | 32.09 x | h=bisa titip
ormas m | Karang Taruna Desa Tegalwangi | 32.09 x | t=ada
dudi s | Toko Oleh-oleh Tape Ketan Kuningan Jl. Siliwangi | 32.08 | h=titip jual olahan khas Kuningan dan Cirebon {30:produk}
dudi s | PT Rotan Majalengka Furnindo | 32.10 | h=rekrut perajin anyam rotan, mess disediakan {30}
blk g | UPTD Balai Latihan Kerja Industri Provinsi Jawa Barat | 32.73 | t=instruktur furnitur bersertifikat {2} | p=pelatihan mebel 240 JP berasrama {16}
dudi s | Pengolah Telur Asin dan Terasi Brebes | 33.29 | h=membeli terasi curah dari pengolah Cirebon timur (Losari, Gebang) {1:ton/bulan}
dudi s | Toko Daring Dapur Pantura Jakarta | 31.74 | h=membeli terasi udang dan kerupuk melarat dari Cirebon tiap bulan, dikirim ekspedisi {300:bungkus/bulan}
dudi s | PT Mebel Nusantara Showroom Jakarta | 31.74 | h=membeli furnitur rotan jadi untuk showroom {50:pcs/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Sumatera Utara: Kabupaten Simalungun (12.08)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_simalungun",
        "SML",
        "Uraian Sumbangsih Lembaga",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Simalungun | 12.08 | p=pelatihan berbasis kompetensi di Pematang Raya: barista, las, menjahit, perawatan sawit {48} | h=bursa kerja dan penyaluran AKL ke perkebunan {120}
dinas g | Dinas Koperasi dan UKM Kab. Simalungun | 12.08 | d=pinjaman dana bergulir bagi koperasi dan KUB binaan, maks Rp 30 jt per kelompok, jasa 4 % setahun {Rp 450.000.000} | p=pendampingan NIB, PIRT dan halal {30}
dinas g | Dinas Pertanian Kabupaten Simalungun (Bidang Perkebunan) | 12.08 | s=bantuan alat pasca panen kopi (pulper, huller) bagi kelompok tani dan koperasi terdaftar Simluhtan, lewat proposal CPCL {3} | t=penyuluh perkebunan kopi {2}
dinas g | Dinas Perindustrian dan Perdagangan Kab. Simalungun | 12.08 | h=memfasilitasi temu bisnis kopi Simalungun dengan pembeli Medan dan Jakarta, tanpa pembelian langsung | p=bimtek desain kemasan {25}
dinas g | Dinas Pariwisata Kabupaten Simalungun | 12.08 | h=gerai UMKM di Pantai Bebas Parapat dan Festival Danau Toba {20:produk}
dinas g | Dinas Sosial Kabupaten Simalungun | 12.08 | d=bantuan usaha KUBE bagi keluarga miskin yang tercatat di DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan Kabupaten Simalungun (Bidang PNF) | 12.08 | d=BOP PKW bagi PKBM dan LKP terakreditasi, lewat proposal {Rp 15.000.000}
dinas g | Dinas Pemberdayaan Masyarakat dan Nagori Kab. Simalungun | 12.08 | d=bantuan keuangan nagori untuk usaha warga, diusulkan lewat musyawarah nagori {Rp 25.000.000}
dinas g | Dinas Kebudayaan Provinsi Sumatera Utara | 12.71 | d=fasilitasi pemajuan kebudayaan bagi sanggar dan komunitas tenun se-Sumatera Utara, lewat seleksi proposal {Rp 40.000.000}
blk g | UPTD BLK Kabupaten Simalungun | 12.08 | t=instruktur menjahit dan tenun ATBM bersertifikat {1} | s=ruang praktik dengan 6 ATBM bisa dipinjam {6} | p=pelatihan tenun ATBM 160 JP {16}
donor m | BAZNAS Kabupaten Simalungun | 12.08 | d=zakat produktif bagi mustahik dan kelompok usaha mustahik {Rp 200.000.000}
donor s | Bank Sumut Cabang Pematang Raya | 12.08 | d=KUR mikro dan kredit UMKM sampai Rp 50 jt {Rp 4 M}
donor s | CSR PTPN IV Kebun Bah Jambi | 12.08 | d=bantuan modal usaha bagi nagori ring 1 kebun di Kecamatan Jawa Maraja Bah Jambi dan Tanah Jawa {Rp 300.000.000} | p=pelatihan budidaya untuk warga ring 1 {40}
donor s | CSR PT Aqua Farm Danau Toba (keramba) | 12.08 | d=bantuan usaha bagi warga ring 1 keramba di Haranggaol dan Girsang Sipangan Bolon {Rp 150.000.000}
donor s | TJSL PT Aluminium Sigura-gura | 12.12 | d=hibah UMKM di kecamatan ring 1 bendungan Sigura-gura, Kabupaten Toba {Rp 200.000.000}
donor s | Program Hibah Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah bagi komunitas penenun kain tradisional di seluruh Indonesia, proposal daring {Rp 50.000.000}
donor m | Yayasan Ulos Hiou Lestari | 12.08 | t=penenun senior pendamping motif hiou, datang dua kali seminggu {1} | s=hibah dua alat tenun gedogan untuk sanggar pemula {2}
donor m | Lembaga Diakonia Gereja Simalungun | 12.08 | d=modal bergulir bagi kelompok pemuda jemaat dan perempuan, maks Rp 10 jt per kelompok {Rp 80.000.000}
dudi s | Kopi Simalungun Roastery Pematang Raya | 12.08 | h=membeli green bean arabika grade 1 dari koperasi dan kelompok tani {1:ton/bulan} | s=jasa roasting maklon per kg {1}
dudi s | PT Sumatra Arabika Ekspor (gudang Sidamanik) | 12.08 | h=membeli gabah dan green bean arabika asalan untuk ekspor {10:ton/bulan}
dudi s | Toko Mesin Kopi Tani Makmur Siantar | 12.72 | s=jual mesin pulper, huller dan roaster 5 kg, bisa kredit {5} | t=teknisi pemasangan bagi pembeli {1}
dudi s | Pengepul Kopi Pasar Saribudolok | 12.08 | h=membeli kopi gelondong merah dan gabah basah dari petani {5:ton/minggu}
dudi s | Kafe Kopi Sidamanik | 12.08 | h=membeli kopi sangrai lokal untuk kafe {40:kg/bulan}
dudi s | Hotel Parapat View Danau Toba | 12.08 | h=membeli kopi arabika bubuk dan kain hiou untuk suvenir hotel {30:kg/bulan}
dudi s | Toko Souvenir Tigaraja Parapat | 12.08 | h=titip jual ulos, hiou dan kerajinan Batak, bagi hasil 20 % {30:produk}
dudi s | Toko Benang dan Alat Tenun Marpaung Siantar | 12.72 | s=jual benang katun, pewarna dan suku cadang ATBM, bisa tempo
dudi s | Kebun Teh Sidamanik | 12.08 | s=gudang dan lantai jemur kebun disewakan {1} | h=rekrut pemetik teh harian {50}
dudi s | PKS Mitra Tani Bah Butong | 12.08 | h=membeli TBS sawit petani {100:ton/hari}
dudi s | Bengkel Las dan Fabrikasi Alsintan Perdagangan | 12.08 | s=membuat mesin pulper dan pengering kopi sesuai pesanan dengan harga produksi {2}
dudi s | Gudang Pupuk dan Saprotan Raya | 12.08 | s=jual pupuk dan terpal jemur, bisa bayar saat panen
koperasi m | Koperasi Kopi Arabika Purba Mandiri | 12.08 | d=pinjaman panen khusus anggota {Rp 120.000.000} | s=unit huller dan lantai jemur koperasi untuk anggota {1}
koperasi m | Koperasi Kredit (CU) Pardomuan Simalungun | 12.08 | d=pinjaman produktif bagi anggota CU setelah 3 bulan menabung {Rp 500.000.000}
smk m | SMK Negeri 1 Pematang Raya (Agribisnis Tanaman Perkebunan) | 12.08 | s=unit produksi kopi sekolah (pulper dan roaster 2 kg) bisa dipakai mitra dengan jadwal {1} | p=siswa PKL mencari tempat prakerin {15}
smk m | SMK Negeri 2 Pematangsiantar (Tata Busana) | 12.72 | t=guru tekstil bisa mengajar tenun ATBM sore hari {1} | s=lab tekstil dengan 4 ATBM {4}
lkp m | LKP Tenun Hiou Boru Saragih | 12.08 | p=kursus tenun hiou berbayar {10} | h=membeli kain hiou hasil peserta untuk dijual {20:lembar/bulan}
lkp m | LKP Barista Kopi Simalungun | 12.08 | p=kursus barista dan cupping berbayar {12} | t=Q-grader untuk uji cita rasa dengan tarif {1}
pkbm m | PKBM Harapan Nagori Sondi Raya | 12.08 | p=warga belajar yang mencari pelatihan {20}
perguruan_tinggi m | Universitas Simalungun (Fakultas Pertanian) | 12.72 | t=dosen pasca panen kopi pendamping kelompok {2} | s=lab uji mutu kopi kampus {1}
ormas m | TP PKK Kabupaten Simalungun | 12.08 | p=kader PKK {30} | h=bazar UMKM di Pematang Raya tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Simalungun | 12.08 | h=galeri hiou dan kopi, kurasi untuk pameran Medan dan Jakarta {25:produk}
ormas m | Partuha Maujana Simalungun (lembaga adat) | 12.08 | t=tokoh adat narasumber makna motif hiou {2} | p=menggerakkan pemuda nagori ikut kegiatan budaya {50}
ormas m | Asosiasi Petani Kopi Simalungun | 12.08 | h=menghubungkan anggota dengan pembeli kopi, tanpa membeli | p=sekolah lapang kopi {30}
tokoh_masyarakat m | Inang Rosmaida Purba (penenun hiou senior) | 12.08 | t=mau mengajari menenun hiou ragam motif, tanpa honor, di rumahnya di Raya {1}
tokoh_masyarakat m | Pak Jaramen Sinaga (petani kopi pelopor) | 12.08 | t=mau berbagi cara olah kopi full wash {1}
bumdes m | BUMNag Nagori Sait Buttu Saribu | 12.08 | s=lantai jemur dan gudang nagori disewakan murah untuk warga nagori {1} | h=kios oleh-oleh di jalan lintas Parapat {15:produk}
dudi s | Kopi Raya Mandiri (roaster) | 12.08 tidak | h=membeli green bean {2:ton/bulan} | s=mesin roasting dipinjamkan {1}
lkp m | Sanggar Tenun Hiou Pamatang | 12.08 tidak | t=instruktur tenun {2} | s=6 ATBM {6}
dudi s | Kedai Pak Ucok | 12.08 x | h=bisa titip
ormas m | Kelompok Tani Nagori Bah Bolon | 12.08 x | t=ada
dudi s | Roastery Kopi Medan Jl. Sei Batang Hari | 12.71 | h=membeli green bean arabika Simalungun dan Sidikalang {2:ton/bulan}
dudi s | Pengepul Ulos Pasar Balige | 12.12 | h=membeli ulos dan hiou dari penenun sekitar Danau Toba {50:lembar/bulan}
dudi s | Gudang Kopi Berastagi | 12.06 | h=membeli gabah kopi dari Karo dan Simalungun atas {5:ton/bulan}
dudi s | Eksportir Kopi Specialty Jakarta | 31.74 | h=membeli green bean specialty Sumatera dengan kontrak tahunan {3:ton/bulan}
donor s | CSR PT Perkebunan Sergai Lestari | 12.18 | d=bantuan modal bagi desa ring 1 kebun di Kabupaten Serdang Bedagai {Rp 100.000.000}
dudi s | Toko Daring Tenun Nusantara Pekanbaru | 14.71 | h=membeli kain tenun tradisional Sumatera termasuk hiou {20:lembar/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Sulawesi Tenggara: Kabupaten Wakatobi (74.07)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_wakatobi",
        "WKT",
        "Hal yang Dapat Disediakan Mitra",
        """
dinas g | Dinas Kelautan dan Perikanan Kabupaten Wakatobi | 74.07 | s=bantuan para-para jemur, terpal dan tali bentang rumput laut bagi kelompok pembudidaya terdaftar KUSUKA {20} | t=penyuluh perikanan budidaya rumput laut {2}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kab. Wakatobi | 74.07 | d=pinjaman dana bergulir bagi kelompok usaha, maks Rp 20 jt {Rp 300.000.000} | h=memfasilitasi temu dagang rumput laut dengan pedagang Makassar dan Surabaya, tanpa pembelian langsung
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Wakatobi | 74.07 | p=pelatihan berbasis kompetensi: bahasa Inggris pariwisata, tata boga, servis mesin katinting {40}
dinas g | Dinas Sosial Kabupaten Wakatobi | 74.07 | d=bantuan usaha KUBE bagi keluarga miskin yang tercatat di DTKS {Rp 20.000.000}
dinas g | Balai Taman Nasional Wakatobi | 74.07 | t=petugas konservasi narasumber etika menyelam di zona inti {2} | p=pelatihan konservasi terumbu karang bagi masyarakat desa penyangga {30} | s=kapal patroli untuk kegiatan bersama, jadwal terbatas {1}
dinas g | Dinas Pendidikan Kabupaten Wakatobi (Bidang PNF) | 74.07 | d=BOP PKW bagi PKBM terakreditasi, lewat proposal {Rp 15.000.000}
dinas g | Dinas Kelautan dan Perikanan Provinsi Sulawesi Tenggara | 74.71 | s=bantuan bibit kultur jaringan dan peralatan budidaya rumput laut bagi kelompok se-Sultra, lewat proposal {10}
dinas g | Dinas Pariwisata Provinsi Sulawesi Tenggara | 74.71 | p=pelatihan pemandu wisata selam bersertifikat di Kendari bagi utusan kabupaten {10}
blk g | UPTD BLK Kabupaten Wakatobi (Wangi-Wangi) | 74.07 | t=instruktur mesin tempel {1} | p=pelatihan las dan mesin tempel 160 JP {16} | s=bengkel mesin bisa dipinjam mitra {1}
donor m | BAZNAS Kabupaten Wakatobi | 74.07 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 150.000.000}
donor s | Bank Sultra Cabang Wanci | 74.07 | d=KUR mikro untuk pembudidaya dan UMKM sampai Rp 50 jt {Rp 2 M}
donor s | CSR PT Nikel Molawe | 74.09 | d=bantuan bagi desa ring 1 tambang di Kecamatan Molawe, Konawe Utara {Rp 300.000.000}
donor s | TJSL PT Pelabuhan Panggulubelo | 74.07 | d=bantuan modal bagi kelompok nelayan dan pembudidaya di desa sekitar pelabuhan, Kecamatan Wangi-Wangi Selatan {Rp 60.000.000}
donor m | Yayasan Laut Biru Wakatobi | 74.07 | t=instruktur selam relawan bersertifikat untuk pelatihan pemuda lokal, datang dua kali sebulan ke Wanci {2} | s=pinjam 6 set alat selam dan kompresor untuk latihan {6}
donor m | Forum Kahedupa Toudani | 74.07 | d=modal bergulir bagi kelompok perempuan di Pulau Kaledupa {Rp 40.000.000} | p=pendampingan budidaya rumput laut ramah karang di Kaledupa {20}
donor s | Program Hibah Desa Pesisir Tangguh (seleksi nasional) | 31.74 | d=hibah peralatan dan modal bagi kelompok pembudidaya laut di seluruh Indonesia, proposal daring {Rp 50.000.000}
dudi s | UD Bahari Rumput Laut Wanci (pedagang pengumpul) | 74.07 | h=membeli rumput laut cottonii kering asalan dari pembudidaya, bayar tunai {20:ton/bulan}
dudi s | CV Sultra Seaweed (gudang Wanci) | 74.07 | h=kontrak pembelian rumput laut kering kadar air maks 35 % dari kelompok pembudidaya {10:ton/bulan} | p=pelatihan pasca panen bagi kelompok pemasok {25}
dudi s | Penjual Bibit Rumput Laut Sombu | 74.07 | h=menjual bibit rumput laut ke pembudidaya {2:ton/bulan}
dudi s | Toko Oleh-oleh Khas Wakatobi Bandara Matahora | 74.07 | h=membeli putus dodol rumput laut, kacang mete goreng dan kasuami kemasan dari produsen lokal {200:bungkus/bulan}
dudi s | Toko Tenun Homoru Wanci | 74.07 | h=titip jual sarung tenun Wakatobi {20:lembar}
dudi s | Wakatobi Dive Resort Onemobaa (Tomia) | 74.07 | p=magang dive guide dan boat crew, asrama di resort, wajib sertifikat Open Water {4} | h=rekrut dive guide lokal bersertifikat {3}
dudi s | Patuno Dive Center Wangi-Wangi | 74.07 | p=magang asisten dive guide bagi pemuda Wanci, 3 bulan {4} | t=dive master bisa melatih dengan honor dari dinas {1} | s=sewa alat selam dan kapal {10}
dudi s | Hoga Island Dive Lodge (Kaledupa) | 74.07 | p=magang penjaga lodge dan pemandu snorkeling musim riset {3}
dudi s | Operator Wisata Bahari Marina Wanci | 74.07 | p=magang pemandu snorkeling dan tur pulau {3} | s=sewa speedboat untuk latihan {1}
dudi s | Toko Alat Selam dan Pancing Laut Wanci | 74.07 | s=jual masker, fin dan tabung, bisa kredit
dudi s | Homestay Wisata Liya Togo | 74.07 | p=magang pelayanan homestay {2}
dudi s | Pengolah Dodol dan Agar Rumput Laut Mandati | 74.07 | h=membeli rumput laut kering bersih untuk diolah dodol {100:kg/bulan}
dudi s | Pandai Besi Parang Binongko | 74.07 | h=rekrut tukang tempa {2}
dudi s | Bengkel Mesin Katinting Wanci | 74.07 | p=magang mekanik mesin katinting {2}
dudi s | Toko Bangunan dan Terpal Sumber Rejeki Wanci | 74.07 | s=jual terpal, tali PE dan bambu untuk para-para, bisa tempo
koperasi m | Koperasi Pembudidaya Rumput Laut Sama Bahari Mola | 74.07 | d=simpan pinjam khusus anggota {Rp 60.000.000} | s=gudang koperasi untuk anggota {1}
koperasi m | Koperasi Nelayan Tomia Sejahtera | 74.07 | s=perahu koperasi disewakan {2}
smk m | SMK Negeri 1 Wangi-Wangi (Nautika dan Wisata Bahari) | 74.07 | t=guru selam bersertifikat POSSI A2 bisa mengajar pemuda di lembaga mitra sore hari {1} | s=6 set alat selam sekolah bisa dipinjam hari Sabtu {6} | p=siswa PKL mencari tempat prakerin {15}
smk m | SMK Negeri 1 Kaledupa (Agribisnis Rumput Laut) | 74.07 | s=para-para jemur sekolah {2} | p=siswa PKL mencari tempat prakerin {10}
lkp m | LKP Bahasa Inggris Wisata Wanci | 74.07 | p=kursus bahasa Inggris pariwisata berbayar {20}
lkp m | LPK Selam Bahari Wakatobi | 74.07 | p=kursus selam berbayar bersertifikat Open Water, hanya peserta sendiri yang ditempatkan di resort jaringan {8}
pkbm m | PKBM Bajo Mola Cerdas | 74.07 | p=warga belajar kesetaraan yang mencari pelatihan {30}
perguruan_tinggi m | Universitas Halu Oleo (Fakultas Perikanan, KKN Wakatobi) | 74.71 | t=dosen budidaya rumput laut pendamping {2} | p=KKN tematik pasca panen rumput laut di Wakatobi {30}
ormas m | TP PKK Kabupaten Wakatobi | 74.07 | h=bazar UMKM di Pantai Marina Wanci tiap bulan {15:produk} | p=kader PKK {25}
ormas m | Dekranasda Kabupaten Wakatobi | 74.07 | h=galeri tenun dan olahan, kurasi untuk pameran Kendari {20:produk}
ormas m | Pokdarwis Wisata Bahari Sombu | 74.07 | p=mengumpulkan pemuda peserta pelatihan pemandu {20} | h=paket wisata memakai jasa pemandu lokal {10}
ormas m | Kerukunan Keluarga Bajo Mola | 74.07 | p=menggerakkan warga Bajo ikut pelatihan {50} | s=balai pertemuan kampung Bajo {1}
tokoh_masyarakat m | La Ode Hamsir (dive master lokal senior) | 74.07 | t=mau melatih pemuda Wanci dasar menyelam dan keselamatan, sukarela akhir pekan {1}
tokoh_masyarakat m | Wa Ode Sitti (pembudidaya rumput laut senior Mola) | 74.07 | t=mau berbagi cara jemur rumput laut agar kadar air rendah {1}
bumdes m | BUMDes Mola Samaturu | 74.07 | s=gudang desa dan para-para jemur bisa dipakai kelompok warga desa {1} | h=menampung rumput laut kering warga untuk dijual ke pengumpul {5:ton/bulan}
dudi s | CV Mola Seaweed Indo | 74.07 tidak | h=membeli rumput laut kering {15:ton/bulan}
dudi s | Wanci Dive Academy | 74.07 tidak | p=magang dive guide {5} | t=instruktur selam {2}
dudi s | Kios Wa Ina | 74.07 x | h=bisa titip
ormas m | Kelompok Nelayan Pulau Kapota | 74.07 x | t=ada
dudi s | PT Rumput Laut Nusantara Bau-Bau (pabrik ATC chips) | 74.72 | h=membeli rumput laut kering dari Buton dan Wakatobi, diangkut kapal dari Wanci {30:ton/bulan}
dudi s | Gudang Rumput Laut Pasarwajo | 74.04 | h=membeli rumput laut kering dari pembudidaya Buton {10:ton/bulan}
dudi s | Dive Center Kendari Bahari | 74.71 | p=magang dive guide di Kendari {3}
dudi s | Eksportir Rumput Laut Makassar | 73.71 | h=membeli rumput laut cottonii kering dari Sulawesi dan Maluku, minimal 5 ton per kiriman {100:ton/bulan}
dudi s | Agen Perjalanan Selam Jakarta (paket Wakatobi) | 31.74 | p=magang marketing tur selam di kantor Jakarta {2}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# Mechanical part: parse the lines, then write the three shapes.
# ---------------------------------------------------------------------------------------------
def parse_block(block: str, prefix: str) -> list[dict]:
    partners = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind, sec = fields[0].split()
        loc = fields[2].split()
        p = {
            "partner_id": f"{prefix}-{len(partners) + 1:03d}",
            "name": fields[1],
            "kind": kind,
            "sector": SECTORS[sec],
            "code": loc[0],
            "inactive": "tidak" in loc[1:],
            "sparse": "x" in loc[1:],
            "offers": {},
            "caps": {},
            "units": {},
        }
        for f in fields[3:]:
            tag, _, text = f.partition("=")
            if tag in TAGS:
                m = re.search(r"\s*\{([^}]*)\}$", text)
                if m:
                    cap, _, unit = m.group(1).partition(":")
                    p["caps"][TAGS[tag]] = cap
                    p["units"][TAGS[tag]] = unit
                    text = text[: m.start()]
                p["offers"][TAGS[tag]] = text
            elif tag in ("v", "k", "y"):
                p[tag] = text
            else:
                raise ValueError(f"{prefix}: unknown tag {tag!r} in {line!r}")
        assert p["code"] in REGIONS, (prefix, line)
        partners.append(p)
    return partners


def offset(rng: random.Random, lat: float, lon: float) -> tuple[float, float]:
    r = 12.0 * math.sqrt(rng.random())
    t = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(t) / 111.32
    dlon = r * math.sin(t) / (111.32 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def short_regency(name: str) -> str:
    if name.startswith("Kota Administrasi "):
        return name.removeprefix("Kota Administrasi ")
    return name.replace("Kabupaten ", "Kab. ")


def kapital_regency(rng: random.Random, code: str, name: str) -> str:
    variants = KAPITAL_VARIANTS.get(code, [])
    if variants and variants[0] == "!":
        return rng.choice(variants[1:])
    if name.startswith("Kota Administrasi "):
        standard = "KOTA ADM. " + name.removeprefix("Kota Administrasi ").upper()
    elif name.startswith("Kabupaten "):
        standard = "KAB. " + name.removeprefix("Kabupaten ").upper()
    else:
        standard = name.upper()
    if variants and rng.random() < 0.45:
        return rng.choice(variants)
    return standard


def rupiah_words(cap: str) -> str:
    if cap.isdigit():
        return "Rp " + f"{int(cap):,}".replace(",", ".")
    return cap


def build(base: str, prefix: str, block: str, rng: random.Random) -> list[dict]:
    rows = []
    for p in parse_block(block, prefix):
        code = p["code"]
        name, lat, lon = REGIONS[code]
        row = {c: "" for c in COLUMNS}
        row.update(partner_id=p["partner_id"], name=p["name"], sector=p["sector"], kind=p["kind"])
        plat, plon = offset(rng, lat, lon)
        missing_code = rng.random() < 0.10
        missing_point = rng.random() < 0.30
        if not p["sparse"]:
            row["province"] = PROVINCES[code[:2]]
            row["region_code"] = "" if missing_code else code
            if not missing_point:
                row["lat"], row["lon"] = f"{plat}", f"{plon}"
        row["regency"] = name
        for a in ASPECTS:
            row[f"offers_{a}"] = p["offers"].get(a, "")
            row[f"capacity_{a}"] = p["caps"].get(a, "")
        vision = p.get("v", rng.choice(VISIONS[p["kind"]]))
        seeks = p.get("k", rng.choice(SEEKS[p["kind"]]))
        if p["inactive"]:
            active = rng.choice(["tidak", "tidak", "Tidak", "TIDAK", "0"])
        else:
            active = rng.choice(["ya"] * 8 + ["Ya", "YA", "1", "true", ""])
        if "y" in p:
            years, done = p["y"].split("/")
        else:
            years, done = str(rng.randint(1, 30)), str(rng.randint(0, 15))
            if rng.random() < 0.12:
                years = ""
            if rng.random() < 0.12:
                done = ""
        if p["sparse"]:
            vision = seeks = years = done = ""
        row.update(
            vision=vision,
            seeks=seeks,
            active=active,
            years_active=years,
            partnerships_completed=done,
        )
        row["_units"] = p["units"]
        row["_code"] = code
        rows.append(row)
    return rows


def satu_kolom(rows: list[dict], header: str, rng: random.Random) -> tuple[list[str], list[list]]:
    head = [
        "No",
        "ID",
        "Nama Lembaga",
        "Sektor",
        "Jenis",
        "Provinsi",
        "Kabupaten/Kota",
        header,
        "Visi",
        "Mencari",
        "Aktif",
    ]
    out = []
    for i, row in enumerate(rows, 1):
        pieces = []
        for a in ASPECTS:
            text = row[f"offers_{a}"]
            if not text:
                continue
            cap = row[f"capacity_{a}"]
            if cap and a == "dana":
                text += f", senilai {rupiah_words(cap)}"
            elif cap:
                text += f" ({cap} {row['_units'].get(a) or UNITS[a]})"
            pieces.append(text)
        rng.shuffle(pieces)
        active = row["active"]
        aktif = {"tidak": "Tidak", "0": "Tidak", "": ""}.get(active.lower(), "Ya")
        out.append(
            [
                i,
                row["partner_id"],
                row["name"],
                row["sector"].capitalize(),
                KIND_LABELS[row["kind"]],
                row["province"],
                short_regency(row["regency"]),
                "; ".join(pieces),
                row["vision"],
                row["seeks"],
                aktif,
            ]
        )
    return head, out


def kapital(rows: list[dict], rng: random.Random) -> list[dict]:
    out = []
    for row in rows:
        new = {c: row[c] for c in COLUMNS}
        name = row["name"].upper()
        name = re.sub(r"^(PT|CV|UD)\s", r"\1. ", name)
        new["name"] = name
        if row["province"]:
            forms = KAPITAL_PROVINCES[row["_code"][:2]]
            new["province"] = forms[0] if rng.random() < 0.5 else rng.choice(forms)
        new["regency"] = kapital_regency(rng, row["_code"], row["regency"])
        new["region_code"] = new["lat"] = new["lon"] = ""
        new["active"] = row["active"].upper()
        out.append(new)
    return out


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    rng = random.Random(SEED)
    shapes = [["directory", "shape", "file"]]
    for base, prefix, header, block in DIRECTORIES:
        rows = build(base, prefix, block, rng)
        write_csv(HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows])
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(HERE / f"{base}_kapital.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in kap])
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
