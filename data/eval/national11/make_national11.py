"""Write the eleventh held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Minahasa"); what
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

    python3 data/eval/national11/make_national11.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20_28_0411
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
    "13.06": ("Kabupaten Agam", -0.25188, 100.17088),
    "13.75": ("Kota Bukittinggi", -0.29958, 100.37254),
    "13.04": ("Kabupaten Tanah Datar", -0.46765, 100.58406),
    "13.71": ("Kota Padang", -0.89887, 100.43764),
    "14.71": ("Kota Pekanbaru", 0.55128, 101.46573),
    "71.02": ("Kabupaten Minahasa", 1.25003, 124.85811),
    "71.73": ("Kota Tomohon", 1.33053, 124.81505),
    "71.71": ("Kota Manado", 1.52492, 124.8479),
    "71.06": ("Kabupaten Minahasa Utara", 1.54809, 125.00529),
    "71.07": ("Kabupaten Minahasa Tenggara", 1.0122, 124.71665),
    "75.71": ("Kota Gorontalo", 0.53841, 123.0553),
    "34.02": ("Kabupaten Bantul", -7.90133, 110.35488),
    "34.71": ("Kota Yogyakarta", -7.8033, 110.37436),
    "34.04": ("Kabupaten Sleman", -7.71646, 110.38321),
    "33.10": ("Kabupaten Klaten", -7.68582, 110.61945),
    "33.72": ("Kota Surakarta", -7.55789, 110.82314),
    "12.07": ("Kabupaten Deli Serdang", 3.48034, 98.69483),
    "12.71": ("Kota Medan", 3.62904, 98.6672),
    "12.75": ("Kota Binjai", 3.60023, 98.48922),
    "12.18": ("Kabupaten Serdang Bedagai", 3.36626, 99.05771),
    "21.71": ("Kota Batam", 0.963, 104.06356),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI and DIY as lists write them).
PROVINCES = {
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "71": "Sulawesi Utara",
    "75": "Gorontalo",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "12": ["SUMATERA UTARA", "SUMUT", "PROV. SUMATERA UTARA", "PROVSU"],
    "13": ["SUMATERA BARAT", "SUMBAR", "PROV. SUMBAR"],
    "14": ["RIAU", "PROV. RIAU"],
    "21": ["KEPULAUAN RIAU", "KEPRI"],
    "31": ["DKI JAKARTA", "DKI"],
    "33": ["JAWA TENGAH", "JATENG"],
    "34": ["DI YOGYAKARTA", "DIY", "D.I. YOGYAKARTA", "DAERAH ISTIMEWA YOGYAKARTA", "YOGYAKARTA"],
    "71": ["SULAWESI UTARA", "SULUT", "PROV. SULUT"],
    "75": ["GORONTALO", "PROV. GORONTALO"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "13.06": [
        "!",
        "KAB. AGAM",
        "AGAM",
        "KAB AGAM",
        "KAB. AGAM (LUBUK BASUNG)",
        "LUBUK BASUNG",
        "AGAM, SUMBAR",
    ],
    "13.75": ["BUKITTINGGI", "BUKIT TINGGI", "KODYA BUKITTINGGI"],
    "13.04": ["TANAH DATAR", "KAB. TANAH DATAR (BATUSANGKAR)", "BATUSANGKAR"],
    "13.71": ["PADANG", "KOTA PADANG"],
    "14.71": ["PEKANBARU", "PEKAN BARU"],
    "71.02": [
        "!",
        "KAB. MINAHASA",
        "MINAHASA",
        "KAB. MINAHASA (TONDANO)",
        "TONDANO",
        "MINAHASA INDUK",
    ],
    "71.73": ["TOMOHON", "KOTA TOMOHON"],
    "71.71": ["MANADO", "MENADO", "KODYA MANADO"],
    "71.06": ["MINUT", "MINAHASA UTARA", "KAB. MINAHASA UTARA (AIRMADIDI)"],
    "71.07": ["MITRA", "MINAHASA TENGGARA", "KAB. MINAHASA TENGGARA (RATAHAN)"],
    "75.71": ["GORONTALO", "KOTA GORONTALO"],
    "34.02": [
        "!",
        "KAB. BANTUL",
        "BANTUL",
        "KABUPATEN BANTUL",
        "KAB. BANTUL (DIY)",
        "BANTUL, YOGYAKARTA",
    ],
    "34.71": ["YOGYAKARTA", "JOGJA", "KOTA JOGJAKARTA", "KODYA YOGYAKARTA", "YOGYA"],
    "34.04": ["SLEMAN", "KAB. SLEMAN (DIY)"],
    "33.10": ["KLATEN"],
    "33.72": ["SOLO", "SURAKARTA", "KOTA SOLO"],
    "12.07": [
        "!",
        "KAB. DELI SERDANG",
        "DELI SERDANG",
        "DELISERDANG",
        "KAB. DELI SERDANG (LUBUK PAKAM)",
        "LUBUK PAKAM",
        "DELI SERDANG, SUMUT",
    ],
    "12.71": ["MEDAN", "KODYA MEDAN"],
    "12.75": ["BINJAI"],
    "12.18": ["SERGAI", "SERDANG BEDAGAI", "KAB. SERDANG BEDAGAI (SEI RAMPAH)"],
    "21.71": ["BATAM"],
    "31.74": ["JAKARTA SELATAN", "JAKSEL", "JAKARTA"],
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
# 1. Sumatera Barat: Kabupaten Agam (13.06)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_agam",
        "AGM",
        "Andil Mitra",
        """
dinas g | Dinas Koperasi, UKM dan Perdagangan Kabupaten Agam | 13.06 | d=pinjaman dana bergulir bagi UKM yang punya NIB, jasa 3 % setahun, angsuran 24 bulan {Rp 350.000.000} | p=pelatihan kemasan dan foto produk untuk IKM binaan {30} | h=mengikutsertakan produk IKM binaan di Pekan Budaya Sumatera Barat dan pameran di Padang {25:produk}
dinas g | Dinas Perindustrian dan Tenaga Kerja Kabupaten Agam | 13.06 | t=instruktur bordir mesin komputer {2} | p=pelatihan bordir mesin dan menjahit pakaian jadi bagi pencari kerja di Lubuk Basung {32} | h=bursa kerja tahunan dan AK/1 {150}
dinas g | Dinas Perikanan dan Pangan Kabupaten Agam | 13.06 | t=penyuluh perikanan pendamping pokdakan keramba Danau Maninjau {3} | s=bantuan mesin pengering (cabinet dryer) dan freezer bagi poklahsar terdaftar, diajukan lewat proposal ke dinas {4} | p=pelatihan olahan rinuak dan ikan bilih {30}
dinas g | Dinas Perikanan dan Kelautan Provinsi Sumatera Barat | 13.71 | s=bantuan benih nila dan pakan bagi pembudidaya keramba jaring apung {50:paket} | p=bimtek CPIB budidaya ikan {40}
dinas g | Dinas Sosial Kabupaten Agam | 13.06 | d=bantuan modal KUBE bagi keluarga miskin yang terdaftar di DTKS, diusulkan wali nagari {Rp 20.000.000}
dinas g | Dinas Pemberdayaan Perempuan, Perlindungan Anak dan KB Kabupaten Agam | 13.06 | p=pelatihan keterampilan bagi perempuan korban kekerasan dan perempuan kepala keluarga {20}
dinas g | Dinas Pariwisata Kabupaten Agam | 13.06 | h=lapak suvenir dan kuliner di Festival Danau Maninjau dan Puncak Lawang, gratis untuk UMKM lokal {30:lapak}
dinas g | Dinas Kesehatan Kabupaten Agam | 13.06 | t=petugas SPP-IRT {2} | p=penyuluhan keamanan pangan dan pendampingan PIRT {40}
dinas g | Dinas Pendidikan Kabupaten Agam (Bidang PAUD dan PNF) | 13.06 | p=memfasilitasi PKBM dan kelompok mencari narasumber keterampilan, hanya menghubungkan
blk g | UPTD Balai Latihan Kerja Agam | 13.06 | t=instruktur menjahit dan tata boga {3} | s=ruang jahit dan dapur praktik dapat dipinjam lembaga lain di luar jadwal {2} | p=pelatihan menjahit, bordir dan pengolahan hasil perikanan 160 JP {16}
donor m | BAZNAS Kabupaten Agam | 13.06 | d=Agam Makmur: zakat produktif modal usaha dan alat bagi mustahik perorangan dan kelompok usaha mustahik di nagari {Rp 300.000.000}
donor s | Bank Nagari Cabang Lubuk Basung | 13.06 | d=KUR mikro dan Kredit Usaha Rakyat Nagari sampai 50 juta tanpa agunan tambahan {Rp 3 M}
donor s | CSR PLTA Maninjau | 13.06 | d=bantuan modal dan peralatan usaha bagi warga nagari ring 1 di Kecamatan Tanjung Raya (Maninjau, Sungai Batang, Bayur) {Rp 250.000.000} | s=hibah alat pengolahan ikan bagi kelompok di ring 1 {6}
donor s | CSR PT Perkebunan Sawit Agam Barat | 13.06 | d=CSR modal usaha bagi nagari sekitar kebun di Kecamatan Tanjung Mutiara dan Lubuk Basung bagian barat {Rp 200.000.000} | h=rekrut pemanen dan mandor {30}
donor s | TJSL Pabrik Semen Indarung | 13.71 | d=program kemitraan bagi UMK binaan di Kota Padang dan ring 1 Indarung {Rp 500.000.000}
donor m | LAZ Ranah Minang Peduli | 13.75 | d=qardhul hasan untuk pedagang Pasar Atas dan Pasar Bawah Bukittinggi, maksimal 3 juta per orang {Rp 75.000.000}
donor m | Ikatan Keluarga Agam Perantau Jakarta | 31.74 | d=dana sosial perantau untuk beasiswa anak nagari dan pembangunan surau di kampung halaman {Rp 150.000.000}
donor s | Program Hibah Wastra dan Kriya Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja dan bahan baku bagi kelompok perajin kain, sulaman dan kriya dari seluruh Indonesia, proposal daring {Rp 25.000.000}
dudi s | Toko Sulaman dan Bordir Pasar Atas Bukittinggi | 13.75 | h=membeli putus selendang, mukena dan kebaya bersulam kerancang dan suji cair dari perajin rumahan Agam {80:lembar/bulan}
dudi s | Galeri Kerajinan Perak dan Sulaman Koto Gadang | 13.06 | h=titip jual kerajinan perak dan selendang sulaman Koto Gadang, komisi 20 % {30:produk}
dudi s | Butik Muslimah Jam Gadang | 13.75 | h=memesan mukena bordir dan jilbab bersulam untuk dijual di butik {40:potong/bulan}
dudi s | Konveksi Seragam Lubuk Basung | 13.06 | p=magang menjahit {3} | h=pesanan bordir logo nagari dan nama untuk seragam sekolah {300:potong/bulan}
dudi s | Toko Benang dan Kain Sutera Aur Kuning | 13.75 | s=jual benang sulam, kain sutera, kain paris dan pamidangan, bisa dicicil untuk kelompok perajin
dudi s | Perajin Perak Koto Gadang Basa | 13.06 | p=magang kerajinan perak filigree {2} | h=rekrut perajin perak muda {2}
dudi s | Pengepul Rinuak dan Ikan Bilih Maninjau | 13.06 | h=menjual rinuak segar dan ikan bilih dari nelayan danau ke pedagang Bukittinggi dan Padang {500:kg/minggu}
dudi s | Rumah Makan Pangek Maninjau | 13.06 | h=membeli palai rinuak dan pensi tiap hari untuk menu {20:kg/minggu}
dudi s | Toko Mesin Pertanian dan Perikanan Padang Baru | 13.06 | s=jual mesin pengering ikan, vacuum frying dan freezer box, bisa kredit 12 bulan
dudi s | Koperasi Pakan Ikan Danau Maninjau | 13.06 | s=jual pakan ikan pelet dan benih nila ke anggota pembudidaya keramba
dudi s | Hotel Maninjau Indah | 13.06 | s=dapur hotel bisa dipakai praktik kelompok pada hari sepi (gratis, jadwal diatur) {1} | h=membeli rinuak goreng dan palai untuk sarapan tamu {10:kg/minggu}
dudi s | Hotel Puncak Lawang Resort Matur | 13.06 | p=magang housekeeping dan F&B {6} | h=memesan suvenir sulaman untuk tamu VIP {20:buah/tahun}
dudi s | Swalayan Citra Lubuk Basung | 13.06 | h=konsinyasi produk UMKM berizin PIRT dan berlabel halal {40:produk}
lkp m | LKP Bordir dan Sulaman Ampek Angkek | 13.06 | t=instruktur sulaman kerancang {2} | p=kursus bordir dan sulaman, peserta magang di butik jaringan alumni {15} | h=menyalurkan hasil sulaman peserta dan alumni ke toko langganan lembaga {50:lembar/bulan}
lkp m | LKP Tata Boga Minang Saiyo | 13.06 | t=instruktur olahan ikan dan makanan khas Minang {2} | p=kursus olahan pangan {15}
smk m | SMK Negeri 1 Lubuk Basung (Agribisnis Perikanan) | 13.06 | s=ruang pengolahan hasil perikanan dengan freezer dan oven dapat dipakai kelompok masyarakat hari Sabtu {1} | p=siswa PKL perikanan yang mencari tempat praktik di keramba dan pengolahan {24}
smk m | SMK Negeri 1 Ampek Angkek (Tata Busana) | 13.06 | t=guru tata busana {2} | p=siswa PKL tata busana mencari tempat praktik {30}
pkbm m | PKBM Nagari Saiyo Tanjung Raya | 13.06 | t=tutor kesetaraan {3} | p=warga belajar yang ingin belajar olahan ikan dan mencari tempat praktik {15}
perguruan_tinggi m | Politeknik Pertanian Agam (Prodi Pengolahan Hasil Perikanan) | 13.06 | t=dosen pendamping teknologi pengeringan dan pengemasan ikan {2} | s=laboratorium pengeringan dapat dipakai kelompok binaan {1}
ormas m | TP PKK Kabupaten Agam | 13.06 | p=kader PKK penggerak di 82 nagari {80} | h=bazar PKK tiap Jumat di halaman kantor bupati Lubuk Basung {20:produk}
ormas m | Dekranasda Kabupaten Agam | 13.06 | t=kurator dan pembina kerajinan {2} | h=galeri Dekranasda di Lubuk Basung dan promosi ke Inacraft untuk sulaman, bordir dan perak {40:produk}
ormas m | Kerapatan Adat Nagari Koto Gadang | 13.06 | p=menggerakkan bundo kanduang dan anak nagari untuk program kampung | h=memesan selendang dan tingkuluak untuk alek nagari {20:helai/tahun}
ormas m | Bundo Kanduang Nagari Maninjau | 13.06 | p=penggerak kaum ibu di jorong
tokoh_masyarakat m | Ibu Rosmaniar (penyulam kerancang senior) | 13.06 | t=mau mengajari motif kerancang dan suji cair untuk anak muda nagari {1}
tokoh_masyarakat m | Wali Nagari Sungai Batang | 13.06 | p=menggerakkan warga dan mengusulkan kelompok ke dinas
tokoh_masyarakat m | Datuak Rajo Mangkuto (niniak mamak) | 13.06 | d=mau menyumbang dari harta pusako untuk anak kemenakan yang berusaha {Rp 5.000.000}
pusat_karya m | Sentra Sulaman Nagari Ampek Koto | 13.06 | p=magang menyulam {4} | h=menampung sulaman perajin rumahan untuk pesanan Jakarta {40:lembar/bulan}
koperasi m | Koperasi Wanita Rinuak Saiyo | 13.06 | d=simpan pinjam anggota, khusus anggota, angsuran mingguan {Rp 80.000.000} | s=freezer bersama koperasi bisa dipakai anggota {2}
bumdes m | BUMNag Bayur Sejahtera | 13.06 | s=ruang usaha dan lantai jemur di tepi danau disewakan murah ke kelompok nagari {1} | h=kios oleh-oleh di jalan Kelok 44 {30:produk}
dudi s | Toko Sulaman Etek Ida | 13.75 tidak | h=membeli selendang sulaman kerancang {40:lembar/bulan}
donor m | Yayasan Maninjau Saiyo | 13.06 tidak | s=hibah mesin pengering ikan {2}
dudi s | Toko Bordir Bu Nur | 13.06 x | h=bisa titip
donor m | Yayasan Peduli Agam | 13.06 x | d=bantuan
dudi s | Butik Songket dan Sulaman Pandai Sikek | 13.04 | h=membeli putus sulaman dan songket dari perajin Luhak Nan Tuo {30:lembar/bulan}
dudi s | PT Olahan Ikan Padang Jaya | 13.71 | h=membeli ikan bilih kering dari pengumpul {300:kg/bulan}
dudi s | Toko Oleh-oleh Minang Pekanbaru | 14.71 | h=titip jual makanan khas Minang {40:produk}
dudi s | Galeri Wastra Minang Jakarta (toko daring) | 31.74 | h=membeli selendang dan mukena sulaman kerancang dari perajin Agam dan Bukittinggi tiap bulan, dikirim ekspedisi {60:lembar/bulan}
dudi s | PT Mesin Pangan Nusantara Jakarta | 31.74 | s=jual dan kirim mesin pengering ikan dan vacuum frying ke seluruh Indonesia
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Sulawesi Utara: Kabupaten Minahasa (71.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_minahasa",
        "MNH",
        "Wujud Kerja Sama",
        """
dinas g | Dinas Pariwisata Provinsi Sulawesi Utara | 71.71 | t=pelatih pemandu wisata bersertifikat dan asesor LSP Pariwisata yang dapat diperbantukan ke kabupaten {3} | p=pelatihan dan sertifikasi pemandu wisata alam bagi pemuda desa wisata se-Sulut {30}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Minahasa | 71.02 | p=pelatihan berbasis kompetensi bagi pencari kerja: barista, tata boga, las {32} | h=bursa kerja dan antar kerja ke kapal pesiar dan Bitung {100}
dinas g | Dinas Koperasi dan UKM Kabupaten Minahasa | 71.02 | d=pinjaman dana bergulir bagi UKM dan kelompok usaha, jasa 3 % {Rp 300.000.000} | p=pelatihan kewirausahaan dan pendampingan NIB {30}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Minahasa | 71.02 | t=pendamping IKM pengolahan kelapa {1} | s=bantuan alat pemarut dan pemeras kelapa bagi IKM binaan yang sudah punya NIB {4} | h=etalase produk IKM di Pasar Tondano {20:produk}
dinas g | Dinas Pertanian Kabupaten Minahasa | 71.02 | t=penyuluh perkebunan kelapa dan cengkeh {3} | s=bantuan bibit kelapa genjah dan cengkeh bagi kelompok tani {2000:bibit}
dinas g | Dinas Sosial Kabupaten Minahasa | 71.02 | d=bantuan KUBE untuk keluarga miskin penerima PKH yang terdaftar DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan Daerah Provinsi Sulawesi Utara (Bidang SMK dan PNF) | 71.71 | p=memfasilitasi MoU antara lembaga pendidikan dan DUDI, hanya menghubungkan
dinas g | Dinas Kesehatan Kabupaten Minahasa | 71.02 | t=petugas SPP-IRT {2} | p=penyuluhan keamanan pangan {40}
blk g | UPTD Balai Latihan Kerja Minahasa | 71.02 | t=instruktur tata boga dan pengolahan hasil pertanian {2} | s=dapur praktik dan alat olah pangan bisa dipinjam lembaga lain di luar jadwal {1} | p=pelatihan pengolahan hasil pertanian 160 JP {16}
donor m | BAZNAS Kabupaten Minahasa | 71.02 | d=zakat produktif bagi mustahik muslim di Kampung Jawa Tondano dan sekitarnya {Rp 80.000.000}
donor s | Bank SulutGo Cabang Tondano | 71.02 | d=KUR mikro dan kredit usaha kelompok tanggung renteng {Rp 2 M}
donor s | CSR PLN Panas Bumi Lahendong | 71.73 | d=bantuan modal usaha dan pelatihan bagi kelurahan ring 1 Kecamatan Tomohon Selatan dan Tomohon Utara {Rp 300.000.000} | p=pelatihan pengelolaan homestay bagi warga ring 1 {20}
donor s | TJSL PT Tambang Emas Minahasa Tenggara | 71.07 | d=CSR modal usaha dan pelatihan bagi desa lingkar tambang di Kecamatan Ratatotok dan Belang {Rp 400.000.000}
donor s | CSR Perusahaan Air Minum Danau Tondano | 71.02 | d=dana program desa wisata dan pelestarian danau bagi desa selingkar Danau Tondano (Remboken, Eris, Kakas, Tondano Timur) {Rp 150.000.000} | p=pelatihan pemandu ekowisata danau bersama Dispar {20}
donor s | Program Hibah Desa Wisata Nusantara (seleksi nasional) | 31.74 | d=hibah peningkatan kapasitas SDM desa wisata, termasuk biaya sertifikasi pemandu, terbuka untuk pemerintah daerah dan pokdarwis seluruh Indonesia {Rp 50.000.000}
donor m | Komisi Pelayanan Perempuan Sinode GMIM | 71.73 | d=dana pelayanan bagi usaha kaum ibu jemaat GMIM, diajukan lewat jemaat {Rp 60.000.000} | p=pelatihan keterampilan kaum ibu {30}
dudi s | PT Kopra Minahasa Sejahtera | 71.02 | h=membeli kopra dan kelapa butir dari petani dengan harga pasar {20:ton/minggu}
dudi s | Pengumpul Kelapa dan Cengkeh Kakas | 71.02 | h=menjual kelapa butir dan sabut ke pengolah di Tondano dan Manado {5:ton/minggu}
dudi s | Toko Oleh-oleh Tinutuan Tondano | 71.02 | h=titip jual VCO, klappertaart, kacang goyang dan minyak kelapa kemasan dari produsen berizin PIRT {30:produk}
dudi s | Apotek dan Toko Herbal Sehat Alami Tomohon | 71.73 | h=membeli putus minyak kelapa murni botol 100 dan 250 ml dari produsen rumahan {200:botol/bulan}
dudi s | Toko Kue Klappertaart Manado | 71.71 | h=membeli kelapa muda parut dan santan segar untuk klappertaart {200:kg/minggu}
dudi s | Toko Mesin Pengolah Kelapa Sinar Tondano | 71.02 | s=jual mesin parut, pres hidrolik dan alat penyaring VCO, bisa kredit
dudi s | Usaha VCO Kelapa Murni Tountemboan | 71.02 | t=pemilik usaha VCO bersedia mengajar cara fermentasi dan pancing VCO, dibayar per pertemuan {1} | p=magang produksi VCO di rumah produksi {3}
dudi s | Hotel Resort Danau Tondano Remboken | 71.02 | p=magang pemuda di front office, F&B dan pemandu tamu ke danau selama 1 bulan {6} | h=rekrut pemandu tamu dan staf hotel {3}
dudi s | Homestay Kampung Wisata Tondano Pante | 71.02 | p=magang pengelolaan homestay bagi pemuda desa {4}
dudi s | Sulut Adventure Tour and Travel | 71.71 | t=pemandu senior HPI bisa menjadi pelatih tamu {1} | p=magang pemandu tur Manado-Tomohon-Tondano {4}
dudi s | Restoran Ikan Mujair Danau Tondano | 71.02 | p=magang pramusaji {2} | h=membeli ikan nila dan mujair dari pembudidaya danau {100:kg/minggu}
dudi s | Taman Wisata Bukit Kasih Kanonang | 71.02 | p=pemuda desa bisa ikut magang pemandu wisata religi di kawasan {5}
dudi s | Operator Rafting dan Wisata Alam Sawangan | 71.06 | p=magang pemandu arung jeram dan alam {4}
dudi s | Swalayan Jumbo Tondano | 71.02 | h=konsinyasi produk UMKM berbarcode dan berizin edar {40:produk}
lkp m | LKP Pariwisata Nyiur Melambai | 71.71 | p=kursus perhotelan dan pemandu wisata, peserta magang di hotel jaringan alumni lembaga {20}
lkp m | LKP Tata Boga Toar Lumimuut | 71.02 | t=instruktur tata boga dan kue kelapa {2} | p=kursus kue dan olahan kelapa berbayar {15}
lkp m | LPK Kapal Pesiar Minahasa Bahari | 71.02 | p=kursus dan magang kapal pesiar bagi peserta lembaga {20} | h=penyaluran alumni ke kapal pesiar {15}
smk m | SMK Negeri 1 Tondano (Usaha Layanan Pariwisata) | 71.02 | t=guru produktif pariwisata {2} | p=siswa PKL pariwisata yang mencari tempat prakerin {30}
smk m | SMK Negeri 2 Kawangkoan (Agribisnis Pengolahan Hasil Pertanian) | 71.02 | t=guru APHP yang pernah pelatihan VCO, bisa mengajar sore hari bila ada surat dinas {1} | s=laboratorium olahan hasil pertanian bisa dipinjam hari Sabtu {1}
pkbm m | PKBM Tumou Tou Kakas | 71.02 | t=tutor kesetaraan {3} | p=warga belajar Paket B dan C yang mencari pelatihan keterampilan {20}
perguruan_tinggi m | Universitas Tondano Raya (Prodi Teknologi Hasil Pertanian) | 71.02 | t=dosen pendamping pengolahan VCO dan produk turunan kelapa bagi kelompok binaan {2} | s=laboratorium kimia pangan dan alat sentrifus {1} | p=pelatihan sanitasi dan izin edar {25}
perguruan_tinggi m | Universitas Tondano Raya (Prodi Pariwisata) | 71.02 | t=dosen pariwisata sebagai narasumber pelatihan pemandu dan homestay {2} | p=KKN tematik desa wisata {30}
perguruan_tinggi m | Politeknik Pariwisata Manado Bahari | 71.71 | t=dosen dan asesor LSP kepemanduan wisata {2} | p=magang bagi pemuda desa wisata di unit usaha kampus {10}
ormas m | TP PKK Kabupaten Minahasa | 71.02 | p=kader PKK penggerak {60} | h=bazar PKK di Lapangan Sam Ratulangi Tondano tiap bulan {20:produk}
ormas m | Himpunan Pramuwisata Indonesia DPC Minahasa | 71.02 | t=pramuwisata berlisensi bersedia menjadi pelatih dan pendamping magang pemandu {5} | p=menyalurkan peserta magang ke biro perjalanan anggota {10}
ormas m | Kelompok Mapalus Wanua Eris | 71.02 | p=mapalus warga untuk kerja bersama membangun homestay dan jalan setapak | t=tenaga gotong royong warga {20}
ormas m | Pokdarwis Danau Tondano Lestari | 71.02 | p=paket wisata susur danau, pemuda ikut belajar sebagai pemandu {8}
ormas m | Dekranasda Kabupaten Minahasa | 71.02 | h=galeri produk IKM dan promosi di pameran Manado Fiesta {30:produk}
tokoh_masyarakat m | Opa Hendrik Wowor (pembuat minyak kelapa kampung) | 71.02 | t=mau mengajar cara membuat minyak kelapa kampung dan VCO dengan cara tradisional {1}
tokoh_masyarakat m | Hukum Tua Desa Kakas | 71.02 | p=menggerakkan warga dan mapalus desa
tokoh_masyarakat m | Pendeta Jemaat GMIM Sion Tondano | 71.02 | p=sosialisasi program lewat ibadah kolom
koperasi m | Koperasi Produsen Kelapa Terpadu Minahasa | 71.02 | d=simpan pinjam khusus anggota {Rp 100.000.000} | s=alat sentrifus VCO milik koperasi bisa dipakai anggota dengan biaya sewa {1} | h=membeli VCO anggota untuk dikirim ke pabrik kosmetik Surabaya {300:liter/bulan}
bumdes m | BUMDes Remboken Sejahtera | 71.02 | s=gedung serbaguna tepi danau dipinjamkan untuk pelatihan warga {1} | h=kios oleh-oleh dermaga {20:produk}
dudi s | Usaha VCO Kawanua Murni | 71.02 tidak | t=instruktur VCO {1}
dudi s | Hotel Tondano Permai | 71.02 tidak | p=magang pemuda di hotel {4}
dudi s | Pak Jemmy Servis | 71.02 x | t=bisa ajar
donor m | Yayasan Minahasa Peduli | 71.02 x | d=bantuan
dudi s | Toko Herbal Nusantara Gorontalo | 75.71 | h=titip jual minyak kelapa dari Sulawesi {30:produk}
dudi s | PT Travel Nusantara Jakarta | 31.74 | p=magang pemandu wisata 3 bulan di Jakarta dan Bali, mess disediakan {10}
dudi s | Toko Kosmetik Alami Jakarta (toko daring) | 31.74 | h=membeli VCO dari produsen Minahasa tiap bulan, dikirim kargo {200:botol/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. DI Yogyakarta: Kabupaten Bantul (34.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_bantul",
        "BTL",
        "Kesediaan Mitra",
        """
dinas g | Dinas Koperasi dan UKM Kabupaten Bantul | 34.02 | d=pinjaman dana bergulir tanpa agunan bagi KUB dan UMKM binaan yang punya NIB, jasa 2 % setahun {Rp 500.000.000} | p=pelatihan pemasaran digital dan pendampingan sertifikat halal {40}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Bantul | 34.02 | t=pendamping IKM batik dan kerajinan {2} | p=pelatihan desain motif batik dan pewarna alam bagi IKM {25} | h=Gelar Produk Bantul dan kurasi untuk pameran Jogja International Batik Biennale {40:produk}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Bantul | 34.02 | p=pemagangan dalam negeri di perusahaan mitra bagi pencari kerja dan lulusan SMK yang didaftarkan {30} | h=bursa kerja dan AK/1 {200}
dinas g | Dinas Kebudayaan (Kundha Kabudayan) Kabupaten Bantul | 34.02 | d=dana keistimewaan untuk kegiatan pelestarian budaya di kalurahan budaya, bukan modal usaha {Rp 100.000.000} | p=pelatihan batik klasik bagi sanggar budaya {20}
dinas g | Dinas Sosial Kabupaten Bantul | 34.02 | d=bantuan KUBE bagi keluarga miskin yang terdaftar DTKS {Rp 20.000.000}
dinas g | Dinas Pariwisata Kabupaten Bantul | 34.02 | h=stan UMKM di Pantai Parangtritis dan acara Bantul Culture Festival {30:lapak} | p=pelatihan sadar wisata bagi pokdarwis {40}
dinas g | Dinas Pendidikan, Pemuda dan Olahraga DIY (Balai Pendidikan Menengah Bantul) | 34.02 | p=memfasilitasi pertemuan SMK dengan DUDI untuk MoU prakerin, tidak menempatkan siswa {10}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Bantul | 34.02 | d=bantuan modal usaha bagi perempuan kepala keluarga, 3 juta per orang {Rp 45.000.000}
blk g | UPTD Balai Latihan Kerja Bantul | 34.02 | t=instruktur menjahit dan kerajinan kulit {2} | s=ruang jahit kulit dan mesin jahit kulit dapat dipinjam SMK di luar jadwal {1} | p=pelatihan kerajinan kulit dan menjahit 160 JP {16}
donor m | BAZNAS Kabupaten Bantul | 34.02 | d=Bantul Makmur: zakat produktif berupa modal dan bahan baku bagi kelompok usaha perempuan mustahik {Rp 250.000.000}
donor s | Bank BPD DIY Cabang Bantul | 34.02 | d=KUR mikro dan kredit usaha kelompok perajin sampai 50 juta {Rp 3 M}
donor s | TJSL PG Madukismo | 34.02 | d=bantuan modal usaha bagi UMKM di padukuhan ring 1 Kalurahan Tirtonirmolo dan Ngestiharjo, Kapanewon Kasihan {Rp 200.000.000}
donor s | CSR PT Bank Mataram Sejahtera | 34.71 | d=hibah modal kerja untuk kelompok perajin batik tulis di Kapanewon Imogiri dan Pundong {Rp 150.000.000} | h=membeli batik tulis untuk seragam karyawan {100:lembar/tahun}
donor s | Program Hibah Wastra dan Kriya Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja dan bahan baku bagi kelompok perajin kain dan batik dari seluruh Indonesia, proposal daring {Rp 30.000.000}
donor m | LAZ Bantul Berkah Umat | 34.02 | d=qardhul hasan bagi pedagang Pasar Bantul dan Pasar Imogiri, paling banyak 2 juta per orang {Rp 60.000.000}
donor m | Yayasan Batik Lestari Yogyakarta | 34.71 | d=beasiswa pembatik muda untuk kursus di Yogyakarta {Rp 20.000.000} | t=pembatik senior sebagai narasumber {2}
dudi s | Toko Batik Tulis Pewarna Alam Wukirsari | 34.02 | h=membeli putus kain batik tulis pewarna alam dari kelompok perajin Giriloyo {60:lembar/bulan}
dudi s | Galeri Batik Malioboro Indah | 34.71 | h=titip jual batik tulis dan batik cap dari perajin Bantul, komisi 25 % {40:lembar/bulan}
dudi s | Toko Bahan Batik Sumber Malam | 34.02 | s=jual kain mori primissima, malam, canting dan pewarna alam, bisa tempo 1 bulan bagi kelompok langganan
dudi s | Pabrik Batik Printing Sewon | 34.02 | p=magang operator sablon dan printing kain {4} | h=rekrut operator printing {6}
dudi s | Sanggar Wayang Kulit Pucung | 34.02 | t=penatah dan penyungging wayang kulit {2} | p=magang tatah sungging wayang kulit {3}
dudi s | Sentra Kerajinan Kulit Manding Jaya | 34.02 | p=menerima siswa prakerin bagian potong pola, jahit dan finishing tas kulit selama 3 bulan {8} | h=rekrut lulusan SMK kriya kulit {3}
dudi s | Rumah Produksi Tas Kulit Sabdodadi | 34.02 | p=praktik kerja siswa SMK di produksi dompet, ikat pinggang dan jaket kulit {6}
dudi s | CV Kulit Manding Ekspor | 34.02 | t=desainer produk kulit bisa menjadi guru tamu {1} | p=prakerin siswa di bagian quality control dan pengemasan ekspor {4} | h=rekrut penjahit kulit {5}
dudi s | Toko Kulit dan Aksesori Manding | 34.02 | h=menjual tas dan sepatu kulit produksi perajin Manding ke wisatawan {200:produk}
dudi s | Penyamakan Kulit Piyungan | 34.02 | s=jual kulit sapi dan kambing samak ke perajin Manding dan Yogyakarta {500:lembar/minggu}
dudi s | Sentra Gerabah Kasongan | 34.02 | p=magang membuat dan mewarnai gerabah {6} | h=rekrut perajin gerabah {4}
dudi s | Hotel Samudra Kidul Parangtritis | 34.02 | p=magang perhotelan {6} | h=membeli batik tulis untuk seragam dan dekorasi {30:lembar/tahun}
dudi s | Toko Oleh-oleh Bakpia dan Emping Bantul | 34.02 | h=titip jual emping melinjo, geplak dan batik kecil {40:produk}
dudi s | Butik Batik Tulis Jogja Heritage | 34.04 | h=memesan batik tulis pewarna alam motif klasik dari perajin Bantul, pembayaran setelah terjual {40:lembar/bulan}
lkp m | LKP Kriya Kulit Manding | 34.02 | p=kursus kerajinan kulit berbayar, peserta magang di bengkel jaringan alumni lembaga {20} | h=menyalurkan alumni kursus ke perajin langganan {10}
lkp m | LKP Batik Sekar Jagad Imogiri | 34.02 | t=instruktur batik tulis {2} | p=kursus membatik bagi wisatawan dan pelajar {20}
smk m | SMK Negeri 1 Sewon (Desain Komunikasi Visual) | 34.02 | t=guru desain grafis {2} | p=siswa PKL DKV yang mencari tempat prakerin {30}
smk m | SMK Negeri 2 Pundong (Kriya Kreatif Batik dan Tekstil) | 34.02 | s=ruang batik dengan kompor listrik dan bak pewarnaan dipinjamkan ke kelompok pada hari Sabtu {1} | p=siswa prakerin batik yang mencari tempat praktik {20}
pkbm m | PKBM Ngudi Kawruh Imogiri | 34.02 | t=tutor kesetaraan {3} | p=warga belajar yang ingin kursus membatik {15}
perguruan_tinggi m | Politeknik Teknologi Kulit Yogyakarta | 34.71 | t=dosen desain produk kulit dan asesor LSP kriya kulit {2} | s=laboratorium penyamakan dan uji kulit {1} | p=program magang industri kulit bagi siswa SMK mitra di bengkel kampus {10}
perguruan_tinggi m | Institut Seni Budaya Yogyakarta (Prodi Kriya) | 34.02 | t=dosen kriya tekstil dan kulit {2} | p=pengabdian desain motif bagi kelompok perajin {20}
perguruan_tinggi m | Universitas Mataram Raya Yogyakarta (Fakultas Ekonomi) | 34.04 | p=pendampingan keuangan dan pemasaran UMKM {20}
ormas m | TP PKK Kabupaten Bantul | 34.02 | p=kader PKK penggerak {60} | h=bazar PKK Jumat pagi di Alun-alun Paseban Bantul {20:produk}
ormas m | Dekranasda Kabupaten Bantul | 34.02 | h=galeri Dekranasda dan pameran Inacraft untuk batik, gerabah dan kulit {50:produk}
ormas m | Paguyuban Batik Giriloyo | 34.02 | t=pembatik senior anggota paguyuban {4} | d=simpan pinjam khusus anggota paguyuban {Rp 30.000.000} | h=showroom bersama paguyuban menerima batik anggota {100:lembar/bulan}
ormas m | Asosiasi Perajin Kulit Manding | 34.02 | p=menyalurkan siswa prakerin ke bengkel kulit anggota di Sabdodadi {20} | h=informasi lowongan perajin dari 30 usaha anggota
tokoh_masyarakat m | Mbah Sastro (pembatik tulis sepuh Giriloyo) | 34.02 | t=mau mengajari batik tulis halus motif klasik {1}
tokoh_masyarakat m | Lurah Kalurahan Sabdodadi | 34.02 | p=menggerakkan warga dan memfasilitasi usulan kegiatan ke kapanewon
pusat_karya m | Rumah Batik Giriloyo Asri | 34.02 | p=magang membatik {4} | h=menampung batik perajin rumahan untuk pesanan hotel {30:lembar/bulan}
koperasi m | Koperasi Serba Usaha Perajin Kulit Manding | 34.02 | d=simpan pinjam anggota, angsuran mingguan {Rp 80.000.000} | h=menampung produk anggota untuk pesanan ekspor {500:produk/bulan}
bumdes m | BUMDes Wukirsari Makmur | 34.02 | s=gedung pertemuan dan lahan jemur batik disewakan ke kelompok {1} | h=kios wisata batik di kampung batik {20:produk}
dudi s | Bengkel Kulit Mas Tono | 34.02 tidak | p=terima siswa prakerin {3}
donor m | Yayasan Batik Bantul Sejahtera | 34.02 tidak | d=hibah modal bagi kelompok batik tulis {Rp 50.000.000}
dudi s | Toko Batik Bu Darmi | 34.02 x | h=bisa titip
dudi s | Bengkel Kulit Pak Har | 34.02 x | p=bisa terima anak PKL
dudi s | Pabrik Tas Kulit Klaten | 33.10 | p=prakerin siswa SMK kriya di lini jahit tas, antar jemput dari Yogyakarta tidak ada {6}
dudi s | Toko Batik Solo Klewer | 33.72 | h=membeli batik cap dan printing dari berbagai daerah {50:lembar/bulan}
dudi s | PT Fashion Kulit Nusantara Jakarta | 31.74 | p=magang desain dan produksi tas kulit 6 bulan di Jakarta, mess disediakan {10}
dudi s | Galeri Wastra Indonesia Jakarta (toko daring) | 31.74 | h=membeli batik tulis pewarna alam dari Giriloyo setiap bulan, dikirim ekspedisi {50:lembar/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 4. Sumatera Utara: Kabupaten Deli Serdang (12.07), Lubuk Pakam
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_lubuk_pakam",
        "DLS",
        "Bentuk Sokongan",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Deli Serdang | 12.07 | p=menghubungkan LPK dengan perusahaan di kawasan industri untuk pemagangan, penempatan ditentukan perusahaan {30} | h=bursa kerja dan AK/1 di Lubuk Pakam {200}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Sumatera Utara | 12.71 | t=asesor kompetensi pengelasan yang dapat diperbantukan ke LPK terakreditasi {2} | p=pemagangan di perusahaan mitra se-Sumut {40} | h=penempatan tenaga kerja antarkerja lokal dan AKAD ke Batam dan Riau {150}
dinas g | Dinas Koperasi dan UKM Kabupaten Deli Serdang | 12.07 | d=pinjaman dana bergulir bagi kelompok usaha dan UMKM terdaftar, jasa 3 % setahun {Rp 400.000.000} | p=pelatihan kewirausahaan dan NIB {40}
dinas g | Dinas Perikanan Kabupaten Deli Serdang | 12.07 | t=penyuluh perikanan pendamping poklahsar pesisir {3} | s=bantuan para-para jemur, freezer dan alat pengemas bagi poklahsar terdaftar di kecamatan pesisir, lewat proposal {6} | p=pelatihan pengolahan ikan asin dan kerupuk ikan {30}
dinas g | Dinas Kelautan dan Perikanan Provinsi Sumatera Utara | 12.71 | s=bantuan jaring, mesin tempel dan cool box bagi kelompok nelayan tangkap {30:paket}
dinas g | Dinas Sosial Kabupaten Deli Serdang | 12.07 | d=bantuan KUBE bagi keluarga miskin dalam DTKS {Rp 20.000.000}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Deli Serdang | 12.07 | p=pelatihan teknik pengelasan dan fabrikasi bagi IKM logam {20} | h=promosi produk IKM di pameran Deli Serdang Fair {30:produk}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Deli Serdang | 12.07 | d=bantuan modal usaha bagi perempuan kepala keluarga, 2,5 juta per orang {Rp 50.000.000}
dinas g | Dinas Kesehatan Kabupaten Deli Serdang | 12.07 | t=petugas SPP-IRT {2} | p=penyuluhan keamanan pangan {40}
blk g | UPTD Balai Latihan Kerja Lubuk Pakam | 12.07 | t=instruktur las SMAW bersertifikat {2} | s=bengkel las 12 booth dapat dipinjam LPK di luar jadwal {12} | p=pelatihan las SMAW 3G 240 JP {16}
blk g | Balai Besar Pelatihan Vokasi dan Produktivitas Medan | 12.71 | t=instruktur dan asesor las bersertifikat {3} | p=pelatihan las dan fabrikasi berasrama {32} | h=penyaluran alumni ke industri {30}
donor m | BAZNAS Kabupaten Deli Serdang | 12.07 | d=Deli Serdang Peduli: zakat produktif berupa modal dan bahan usaha bagi kelompok usaha mustahik, termasuk kelompok perempuan nelayan {Rp 300.000.000}
donor s | Bank Sumut Cabang Lubuk Pakam | 12.07 | d=KUR mikro dan kredit usaha kelompok tanggung renteng {Rp 3 M}
donor s | TJSL PT Angkasa Pura Bandara Kualanamu | 12.07 | d=bantuan modal usaha dan peralatan bagi UMKM di desa ring 1 Kecamatan Beringin dan Pantai Labu {Rp 300.000.000} | h=rekrut tenaga teknik dan las untuk bengkel bandara {4}
donor s | CSR PT Perkebunan Nusantara Sawit Deli | 12.07 | d=dana kemitraan bagi UMK di desa sekitar kebun di Kecamatan Galang dan Bangun Purba {Rp 250.000.000} | p=pelatihan las dan mekanik bagi pemuda desa sekitar kebun {20} | h=rekrut juru las dan mekanik untuk bengkel pabrik kelapa sawit {10}
donor s | CSR PT Pelabuhan Belawan | 12.71 | d=hibah modal dan alat bagi kelompok pengolah ikan di kelurahan pesisir Medan Belawan, Medan Labuhan dan Desa Percut, Kecamatan Percut Sei Tuan {Rp 200.000.000}
donor s | Program Hibah Pangan Pesisir Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perempuan pengolah hasil perikanan dari seluruh Indonesia, proposal daring {Rp 30.000.000}
donor m | Yayasan Pesisir Timur Sumatera | 12.07 | d=hibah modal bagi kelompok nelayan laki-laki untuk perbaikan perahu {Rp 40.000.000}
dudi s | PT Fabrikasi Baja Tanjung Morawa | 12.07 | p=magang juru las 1 bulan di workshop fabrikasi {6} | h=rekrut juru las SMAW bersertifikat {10}
dudi s | CV Las dan Konstruksi Lubuk Pakam | 12.07 | p=magang las dan bubut {3} | h=rekrut tukang las {2}
dudi s | PT Logam Presisi Kawasan Industri Tanjung Morawa | 12.07 | h=rekrut operator las dan fitter lulusan LPK bersertifikat {15}
dudi s | Bengkel Las Ketok dan Cat Mobil Batang Kuis | 12.07 | p=magang las ketok dan cat bodi mobil {2}
dudi s | Toko Besi dan Kawat Las Sumber Jaya | 12.07 | s=jual elektroda, mesin las inverter dan APD, diskon untuk LPK
dudi s | PT Galangan Kapal Batam Sumut Raya | 21.71 | h=rekrut juru las 3G/4G dari Sumatera Utara, tes dan seleksi diadakan di Lubuk Pakam dan Medan {20}
dudi s | Pabrik Kelapa Sawit Sei Rampah | 12.18 | p=magang mekanik dan las di bengkel pabrik {4} | h=rekrut juru las {3}
dudi s | Tauke Ikan Asin Pantai Labu | 12.07 | h=menjual ikan asin dan teri kering dari nelayan ke Pasar Medan {2:ton/minggu}
dudi s | Agen Ikan Asin dan Teri Medan | 12.71 | h=membeli putus ikan asin dan teri kering dari kelompok pengolah pesisir Deli Serdang {1:ton/minggu}
dudi s | Toko Oleh-oleh Khas Medan Jalan Mojopahit | 12.71 | h=titip jual kerupuk ikan, teri medan kemasan dan bika ambon dari produsen berizin PIRT {40:produk}
dudi s | Pedagang Garam dan Plastik Percut | 12.07 | s=jual garam krosok, plastik kemasan dan karung ke pengolah ikan
dudi s | Toko Mesin dan Alat Pengolah Pangan Lubuk Pakam | 12.07 | s=jual freezer, vacuum sealer dan rak jemur stainless, bisa kredit
dudi s | Swalayan Lubuk Pakam | 12.07 | h=konsinyasi produk UMKM berbarcode dan halal {40:produk}
dudi s | Bengkel Perawatan Pesawat Kualanamu | 12.07 | p=OJT teknisi pesawat bagi siswa SMK penerbangan {4}
dudi s | Kontraktor Pipa dan Tangki Sawit Deli | 12.07 | t=welding inspector bersertifikat bisa menjadi penguji tamu di LPK {1} | h=rekrut juru las pipa 6G {6}
lkp m | LPK Las Karya Mandiri Tanjung Morawa | 12.07 | p=kursus las dan penempatan magang peserta di bengkel jaringan alumni lembaga {15} | h=menyalurkan alumni lembaga ke perusahaan langganan {10}
lkp m | LPK Tata Boga Deli Serdang | 12.07 | t=instruktur olahan ikan dan kue {2} | p=kursus tata boga {15}
smk m | SMK Negeri 1 Lubuk Pakam (Teknik Pengelasan) | 12.07 | t=guru las {2} | s=bengkel las bisa dipakai lembaga lain hari Sabtu {1} | p=siswa PKL las mencari tempat prakerin {30}
smk m | SMK Negeri 1 Pantai Labu (Nautika Kapal Penangkap Ikan) | 12.07 | p=siswa PKL nautika perikanan {20}
pkbm m | PKBM Bina Warga Percut | 12.07 | t=tutor kesetaraan {3} | p=warga belajar ibu-ibu nelayan Paket A dan B {25}
perguruan_tinggi m | Universitas Deli Raya (Fakultas Perikanan) | 12.07 | t=dosen pendamping pengolahan ikan asin rendah garam dan kemasan {2} | s=alat pengering surya percontohan dipinjamkan ke kelompok binaan selama 6 bulan {2}
ormas m | TP PKK Kabupaten Deli Serdang | 12.07 | p=kader PKK penggerak {60} | h=bazar PKK tiap Minggu di Lapangan Segitiga Lubuk Pakam {20:produk}
ormas m | Himpunan Nelayan Seluruh Indonesia DPC Deli Serdang | 12.07 | p=menggerakkan kelompok nelayan pesisir Percut, Pantai Labu dan Hamparan Perak
ormas m | Asosiasi Bengkel Las dan Fabrikasi Sumut | 12.71 | p=menyalurkan peserta magang ke bengkel anggota {20} | h=informasi lowongan juru las dari 40 bengkel anggota se-Medan dan Deli Serdang
ormas m | Serikat Perempuan Nelayan Percut Sei Tuan | 12.07 | p=mengorganisir ibu-ibu pengolah ikan di dusun pesisir | h=lapak bersama di Pasar Ikan Percut {10:lapak}
tokoh_masyarakat m | Pak Sabaruddin (tukang las senior) | 12.07 | t=mau mengajari las untuk anak muda kampung, belum bersertifikat {1}
tokoh_masyarakat m | Kepala Desa Percut | 12.07 | p=menggerakkan warga dan mengusulkan kelompok ke dinas
tokoh_masyarakat m | Wak Ijah (pengolah ikan asin senior) | 12.07 | t=mau mengajari cara mengasin dan menjemur ikan supaya tidak berulat {1}
koperasi m | Koperasi Nelayan Bahari Percut | 12.07 | d=simpan pinjam khusus anggota nelayan, angsuran harian {Rp 90.000.000} | s=cold storage koperasi disewakan ke anggota {1} | h=menampung ikan asin anggota untuk dijual ke Medan {500:kg/minggu}
bumdes m | BUMDes Percut Bahari | 12.07 | s=lahan jemur dan los pengolahan ikan dipinjamkan gratis kepada kelompok perempuan desa {1} | h=kios BUMDes di objek wisata Pantai Percut {20:produk}
dudi s | PT Baja Konstruksi Patumbak | 12.07 tidak | h=rekrut juru las {8}
donor m | Yayasan Nelayan Sejahtera Deli | 12.07 tidak | d=hibah modal kelompok pengolah ikan {Rp 40.000.000}
dudi s | Bengkel Las Bang Ucok | 12.07 x | p=bisa magang
donor m | Yayasan Deli Peduli | 12.07 x | d=bantuan
dudi s | PT Fabrikasi Baja Binjai | 12.75 | p=magang juru las {4} | h=rekrut juru las bersertifikat {6}
dudi s | PT Konstruksi Migas Riau | 14.71 | h=rekrut juru las pipa bersertifikat migas {10}
dudi s | PT Rekayasa Baja Jakarta | 31.74 | p=program magang juru las 3 bulan di Jakarta, mess disediakan {10}
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
